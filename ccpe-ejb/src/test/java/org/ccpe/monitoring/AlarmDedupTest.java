package org.ccpe.monitoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.ccpe.schema.TestDatabase;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The database itself keeps one active alarm per cause and subject (even two nodes racing cannot
 * raise it twice) while any number of cleared ones stay as history.
 */
class AlarmDedupTest {
  @ParameterizedTest
  @ValueSource(strings = {"h2", "postgresql"})
  void refusesASecondActiveAlarmOfOneCauseButKeepsClearedOnes(String kind) throws SQLException {
    try (TestDatabase db = TestDatabase.migrated(kind)) {
      db.execute(alarm(1, "'access_link_down:4'", "ACTIVE"));

      SQLException twice = assertThrows(SQLException.class, () -> db.execute(alarm(2, "'access_link_down:4'", "ACTIVE")));
      assertEquals("23505", twice.getSQLState(), "unique violation");

      db.execute("UPDATE alarm SET active_key = NULL, state = 'CLEARED' WHERE id = 1",
          alarm(3, "'access_link_down:4'", "ACTIVE"),
          "UPDATE alarm SET active_key = NULL, state = 'CLEARED' WHERE id = 3",
          alarm(5, "NULL", "CLEARED"));
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"h2", "postgresql"})
  void findsTheActiveAlarmsOfDeletedLinksAndRouters(String kind) throws SQLException {
    try (TestDatabase db = TestDatabase.migrated(kind); Connection c = db.connection()) {
      db.insertOneOfEach(); // router 1, access link 4
      db.execute(alarm(10, "'access_link_down:4'", "ACTIVE", 1, "4"),
          alarm(11, "'access_link_down:99'", "ACTIVE", 1, "99"),
          alarm(12, "'router_unreachable:98'", "ACTIVE", 98, "NULL"),
          alarm(13, "NULL", "CLEARED", 1, "99"));

      List<Long> orphans = new ArrayList<>();
      try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(AlarmBook.ORPHANS)) {
        while (rs.next()) {
          orphans.add(rs.getLong(1));
        }
      }

      assertEquals(List.of(11L, 12L), orphans);
    }
  }

  private static String alarm(long id, String activeKey, String state) {
    return alarm(id, activeKey, state, 1, "4");
  }

  private static String alarm(long id, String activeKey, String state, long router, String link) {
    return "INSERT INTO alarm (id, version, dedup_key, active_key, cause, severity, state, router_id, access_link_id,"
        + " subject, raised_at) VALUES (" + id + ", 0, 'access_link_down:4', " + activeKey + ", 'ACCESS_LINK_DOWN',"
        + " 'MAJOR', '" + state + "', " + router + ", " + link + ", 'mx1 ge-1/0/3.210', CURRENT_TIMESTAMP)";
  }
}
