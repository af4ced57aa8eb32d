package org.ccpe.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.output.MigrateResult;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The migrations run unchanged on both databases we support: on an empty database, and on one
 * that holds data written at the first schema version, which must survive every later migration.
 * PostgreSQL runs in a throwaway schema of the machine's {@code test} database.
 */
class SchemaMigrationTest {
  private Runnable cleanup = () -> {};
  private TestDatabase current;

  @AfterEach
  void dropThrowawaySchema() {
    cleanup.run();
  }

  @ParameterizedTest
  @ValueSource(strings = {"h2", "postgresql"})
  void migratesAnEmptyDatabaseToTheLatestVersion(String database) throws SQLException {
    DataSource db = freshDatabase(database);

    MigrateResult result = Migrations.migrate(db);

    assertTrue(result.success);
    assertEquals(latestVersion(db), result.targetSchemaVersion);
    for (String table : new String[] {"router", "customer", "site", "access_link", "app_user", "audit_entry"}) {
      assertEquals(0, count(db, table), table + " exists and is empty");
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"h2", "postgresql"})
  void keepsDataWrittenAtTheFirstVersionThroughEveryLaterMigration(String database) throws SQLException {
    DataSource db = freshDatabase(database);
    Migrations.configure(db).target("1").load().migrate();
    current.insertOneOfEach();

    MigrateResult result = Migrations.migrate(db);

    assertTrue(result.success);
    assertEquals(latestVersion(db), result.targetSchemaVersion == null ? "1" : result.targetSchemaVersion);
    assertEquals(1, count(db, "router"));
    assertEquals(1, count(db, "customer"));
    assertEquals(1, count(db, "site"));
    assertEquals(1, count(db, "access_link"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"h2", "postgresql"})
  void refusesASecondVlanOnOnePortEvenWithoutTheService(String database) throws SQLException {
    DataSource db = freshDatabase(database);
    Migrations.migrate(db);
    current.insertOneOfEach();

    SQLException clash = org.junit.jupiter.api.Assertions.assertThrows(SQLException.class, () -> execute(db,
        "INSERT INTO access_link (id, version, created_at, updated_at, site_id, router_id, interface_name,"
            + " physical_port, unit_number, vlan_id, link_role)"
            + " VALUES (5, 0, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 3, 1, 'ge-1/0/3.211', 'ge-1/0/3', 211, 210, 'VPN')"));
    assertEquals("23505", clash.getSQLState(), "unique violation");
  }

  private DataSource freshDatabase(String database) throws SQLException {
    current = TestDatabase.empty(database);
    cleanup = current::close;
    return current.dataSource();
  }

  private static String latestVersion(DataSource db) {
    MigrationInfo[] all = Migrations.configure(db).load().info().all();
    return all[all.length - 1].getVersion().getVersion();
  }

  private static void execute(DataSource db, String... statements) throws SQLException {
    try (Connection c = db.getConnection(); Statement s = c.createStatement()) {
      for (String sql : statements) {
        s.execute(sql);
      }
    }
  }

  private static long count(DataSource db, String table) throws SQLException {
    try (Connection c = db.getConnection(); Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM " + table)) {
      rs.next();
      return rs.getLong(1);
    }
  }
}
