package org.ccpe.common;

import jakarta.persistence.EntityManager;
import org.hibernate.Session;

/** The few places where PostgreSQL and H2 want different treatment, asked of the connection. */
public final class Databases {
  private Databases() {}

  public static boolean isPostgreSql(EntityManager em) {
    return em.unwrap(Session.class)
        .doReturningWork(c -> "PostgreSQL".equals(c.getMetaData().getDatabaseProductName()));
  }

  /**
   * PostgreSQL: plans each execution of a prepared statement in the current transaction with its
   * values. A bulk job's queries with IN lists of up to 1,000 values must never get a generic plan
   * made when the tables were small: it scans and compares linearly, seconds instead of milliseconds
   * once the tables have grown. Everything else keeps PostgreSQL's plan cache, since planning every
   * execution costs more than running a single-row query. H2: nothing to do.
   */
  public static void planEachExecution(EntityManager em) {
    if (isPostgreSql(em)) {
      em.createNativeQuery("SET LOCAL plan_cache_mode = force_custom_plan").executeUpdate();
    }
  }

  /**
   * PostgreSQL: refreshes the planner's statistics of tables a bulk change has just grown. Until
   * autovacuum gets to them (never, where it is off) the planner takes a table of 10,000 rows for
   * an empty one, and a paginated list sorts all of it on disk instead of walking an index.
   * ANALYZE counts the current transaction's own new rows. H2: nothing to do.
   */
  public static void refreshStatistics(EntityManager em, String... tables) {
    if (isPostgreSql(em)) {
      for (String table : tables) {
        em.createNativeQuery("ANALYZE " + table).executeUpdate();
      }
    }
  }
}
