package org.ccpe.it;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the test server's database directly, to check what the API must not tell: how secrets
 * and passwords are stored. H2 is shared with the server through H2's auto-server mode.
 */
public final class Database {
  private Database() {}

  public static List<String> column(String sql, Object... parameters) {
    String url = System.getProperty("ccpe.it.jdbc-url");
    try (Connection c = url.startsWith("jdbc:h2:") ? DriverManager.getConnection(url, "sa", "sa")
            : DriverManager.getConnection(url);
        PreparedStatement statement = c.prepareStatement(sql)) {
      for (int i = 0; i < parameters.length; i++) {
        statement.setObject(i + 1, parameters[i]);
      }
      List<String> values = new ArrayList<>();
      try (ResultSet rs = statement.executeQuery()) {
        while (rs.next()) {
          values.add(rs.getString(1));
        }
      }
      return values;
    } catch (SQLException e) {
      throw new IllegalStateException("cannot read the test database at " + url, e);
    }
  }
}
