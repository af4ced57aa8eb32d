package org.ccpe.schema;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * A throwaway database at the latest schema for JDBC tests: H2 in memory, or a fresh schema of the
 * machine's PostgreSQL {@code test} database, dropped on {@link #close()}.
 */
public final class TestDatabase implements AutoCloseable {
  private final DataSource dataSource;
  private final Runnable drop;

  private TestDatabase(DataSource dataSource, Runnable drop) {
    this.dataSource = dataSource;
    this.drop = drop;
  }

  /** @param kind {@code h2} or {@code postgresql} */
  public static TestDatabase migrated(String kind) throws SQLException {
    TestDatabase db = empty(kind);
    Migrations.migrate(db.dataSource);
    return db;
  }

  /** An empty database, no schema at all. */
  public static TestDatabase empty(String kind) throws SQLException {
    return kind.equals("h2") ? h2() : postgresql();
  }

  private static TestDatabase h2() {
    JdbcDataSource h2 = new JdbcDataSource();
    h2.setURL("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
    h2.setUser("sa");
    return new TestDatabase(h2, () -> quietly(h2, "SHUTDOWN"));
  }

  private static TestDatabase postgresql() throws SQLException {
    String schema = "ccpe_t_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    PGSimpleDataSource admin = new PGSimpleDataSource();
    admin.setURL(System.getProperty("ccpe.test.postgres.url", "jdbc:postgresql://127.0.0.1:5432/test"));
    admin.setUser(System.getProperty("ccpe.test.postgres.user", "postgres"));
    execute(admin, "CREATE SCHEMA " + schema);
    PGSimpleDataSource pg = new PGSimpleDataSource();
    pg.setURL(admin.getURL());
    pg.setUser(admin.getUser());
    pg.setCurrentSchema(schema);
    pg.setReWriteBatchedInserts(true);
    return new TestDatabase(pg, () -> quietly(admin, "DROP SCHEMA " + schema + " CASCADE"));
  }

  public DataSource dataSource() {
    return dataSource;
  }

  public Connection connection() throws SQLException {
    return dataSource.getConnection();
  }

  public void execute(String... statements) throws SQLException {
    execute(dataSource, statements);
  }

  private static void execute(DataSource db, String... statements) throws SQLException {
    try (Connection c = db.getConnection(); Statement s = c.createStatement()) {
      for (String sql : statements) {
        s.execute(sql);
      }
    }
  }

  /**
   * A router (1), a customer (2), a site (3) and an access link (4, {@code ge-1/0/3.210} of
   * router {@code mx1}), in the columns of schema version 1, so later versions must keep them.
   */
  public void insertOneOfEach() throws SQLException {
    execute(
        "INSERT INTO router (id, version, created_at, updated_at, name, management_host, netconf_port,"
            + " netconf_user, snmp_version, snmp_port, services_prefix, services_interface)"
            + " VALUES (1, 0, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 'mx1', '192.0.2.1', 830, 'ccpe', 'V2C', 161, 'MS', 'ms-1/0/0')",
        "INSERT INTO customer (id, version, created_at, updated_at, name, display_name, source)"
            + " VALUES (2, 0, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 'acme', 'ACME', 'MANUAL')",
        "INSERT INTO site (id, version, created_at, updated_at, customer_id, name, router_id, routing_instance, lan_gateway)"
            + " VALUES (3, 0, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 2, 'hq', 1, 'acme_hq', '10.1.2.1/24')",
        "INSERT INTO access_link (id, version, created_at, updated_at, site_id, router_id, interface_name,"
            + " physical_port, unit_number, vlan_id, link_role)"
            + " VALUES (4, 0, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 3, 1, 'ge-1/0/3.210', 'ge-1/0/3', 210, 210, 'VPN')");
  }

  @Override
  public void close() {
    drop.run();
  }

  private static void quietly(DataSource db, String sql) {
    try {
      execute(db, sql);
    } catch (SQLException ignored) {
      // best effort: the database is a throwaway
    }
  }
}
