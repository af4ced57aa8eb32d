package org.ccpe.monitoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.sql.SQLException;
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

  private static String alarm(long id, String activeKey, String state) {
    return "INSERT INTO alarm (id, version, dedup_key, active_key, cause, severity, state, router_id, subject,"
        + " raised_at) VALUES (" + id + ", 0, 'access_link_down:4', " + activeKey + ", 'ACCESS_LINK_DOWN', 'MAJOR', '"
        + state + "', 1, 'mx1 ge-1/0/3.210', CURRENT_TIMESTAMP)";
  }
}
