package org.ccpe.schema;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Brings the schema to the version this release expects, at start-up, before any other bean
 * touches the database. Runs outside a container transaction because Flyway commits each
 * migration itself. Never drops anything: an upgrade is only ever a new versioned script.
 */
@Singleton
@Startup
@PermitAll
@TransactionManagement(TransactionManagementType.BEAN)
public class SchemaMigrator {
  private static final Logger LOG = Logger.getLogger(SchemaMigrator.class.getName());

  @Resource(lookup = "java:jboss/datasources/CcpeDS")
  private DataSource dataSource;

  @PostConstruct
  void migrate() {
    MigrateResult result = Migrations.migrate(dataSource);
    LOG.info("Database schema at version " + result.targetSchemaVersion + " ("
        + result.migrationsExecuted + " migration(s) applied now)");
  }
}
