package br.com.gravacoes.adapters.persistence;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.interceptor.Interceptor;
import java.lang.System.Logger.Level;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import javax.sql.DataSource;
import org.flywaydb.core.api.output.MigrateResult;

/** Brings the database schema up to date with Flyway as the application starts. */
@ApplicationScoped
public class DatabaseMigrator {

  private static final System.Logger LOG = System.getLogger(DatabaseMigrator.class.getName());

  /** The data source the WAR defines (bootstrap's web.xml); the persistence unit uses it too. */
  static final String DATA_SOURCE = "java:global/jdbc/gravacoes";

  private DataSource dataSource;

  protected DatabaseMigrator() {}

  DatabaseMigrator(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  /**
   * Runs at the earliest priority, so startup observers with any later priority (the default
   * included) see the migrated schema; a failing migration fails the deployment instead of serving
   * with an old schema.
   */
  void onStart(
      @Observes
          @Priority(Interceptor.Priority.PLATFORM_BEFORE)
          @Initialized(ApplicationScoped.class)
          Object event) {
    MigrateResult result = SchemaMigrations.apply(dataSource());
    // Flyway reports no target version when there was nothing to apply.
    String version =
        result.targetSchemaVersion != null
            ? result.targetSchemaVersion
            : result.initialSchemaVersion;
    LOG.log(
        Level.INFO,
        "[Database] Migrações aplicadas: {0}, versão: {1}",
        result.migrationsExecuted,
        version);
  }

  /**
   * Looked up when needed rather than injected with {@code @Resource}: Payara validates resource
   * injection into CDI beans of library jars before it binds the WAR's data sources, and fails the
   * deployment.
   */
  private DataSource dataSource() {
    if (dataSource == null) {
      try {
        dataSource = InitialContext.doLookup(DATA_SOURCE);
      } catch (NamingException e) {
        throw new IllegalStateException("data source " + DATA_SOURCE + " is not defined", e);
      }
    }
    return dataSource;
  }
}
