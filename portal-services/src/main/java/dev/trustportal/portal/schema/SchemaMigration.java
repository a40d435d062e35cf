package dev.trustportal.portal.schema;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Brings the portal's database schema up to date at start. Beans that use the database at start
 * declare {@code @DependsOn("SchemaMigration")}. A start with nothing new applies nothing.
 */
@Startup
@Singleton
// Flyway commits each migration itself; a JTA-enlisted connection would refuse those commits.
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class SchemaMigration {

  static final String LOCATION = "classpath:db/migration/portal";
  private static final Logger LOG = Logger.getLogger(SchemaMigration.class.getName());

  @Resource(lookup = "jdbc/portal")
  DataSource dataSource;

  @PostConstruct
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  void migrate() {
    // This module's class loader: Flyway must find the SQL files and its database plugins here,
    // not through the thread's context class loader, which the server chooses.
    MigrateResult result =
        Flyway.configure(getClass().getClassLoader())
            .dataSource(dataSource)
            .locations(LOCATION)
            .failOnMissingLocations(true)
            .load()
            .migrate();
    LOG.info(
        () ->
            "Schema migration: applied "
                + result.migrationsExecuted
                + " migration(s); schema version is now "
                + (result.targetSchemaVersion != null
                    ? result.targetSchemaVersion
                    : result.initialSchemaVersion)
                + ".");
  }
}
