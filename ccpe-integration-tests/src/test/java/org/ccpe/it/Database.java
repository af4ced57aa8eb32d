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

  /**
   * Decrypts a stored router secret with the server's key file, as only the server should: proves
   * a secret survived a change without the API ever showing it.
   */
  public static String decryptSecret(String stored) {
    try {
      byte[] key = java.util.Base64.getDecoder().decode(
          java.nio.file.Files.readString(java.nio.file.Path.of(System.getProperty("ccpe.it.secrets-key"))).strip());
      byte[] sealed = java.util.Base64.getDecoder().decode(stored.substring("v1:".length()));
      javax.crypto.Cipher cipher = javax.crypto.Cipher.getInstance("AES/GCM/NoPadding");
      cipher.init(javax.crypto.Cipher.DECRYPT_MODE, new javax.crypto.spec.SecretKeySpec(key, "AES"),
          new javax.crypto.spec.GCMParameterSpec(128, sealed, 0, 12));
      return new String(cipher.doFinal(sealed, 12, sealed.length - 12), java.nio.charset.StandardCharsets.UTF_8);
    } catch (java.io.IOException | java.security.GeneralSecurityException e) {
      throw new IllegalStateException("cannot decrypt with the test server's key", e);
    }
  }

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
