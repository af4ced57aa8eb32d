package org.ccpe.schema;

import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.flywaydb.core.api.output.MigrateResult;

/** The Flyway set-up of our migrations, shared by the server and the migration tests. */
public final class Migrations {
  private Migrations() {}

  /** Applies the pending migrations to a database. */
  public static MigrateResult migrate(DataSource dataSource) {
    return configure(dataSource).load().migrate();
  }

  public static FluentConfiguration configure(DataSource dataSource) {
    return Flyway.configure(Migrations.class.getClassLoader())
        .dataSource(dataSource)
        .locations("classpath:db/migration")
        .table("schema_history")
        .cleanDisabled(true)
        // WildFly's database timer store creates its own table in the same schema before we
        // start: a schema holding only that is a fresh one for us, so start from version 0
        .baselineOnMigrate(true)
        .baselineVersion("0")
        .validateMigrationNaming(true);
  }
}
