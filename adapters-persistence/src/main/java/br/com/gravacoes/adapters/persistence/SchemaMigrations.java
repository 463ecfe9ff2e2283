package br.com.gravacoes.adapters.persistence;

import java.util.List;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Applies this module's Flyway migrations to a data source: the one code path that both the running
 * application ({@link DatabaseMigrator}) and the tests' databases go through.
 */
public final class SchemaMigrations {

  private SchemaMigrations() {}

  /** Migrates the database to the latest version; fails if a migration fails or was edited. */
  public static MigrateResult apply(DataSource dataSource) {
    return flyway(dataSource).migrate();
  }

  /** Flyway configured with this module's migrations, for applying them or reading their state. */
  static Flyway flyway(DataSource dataSource) {
    // Flyway loads its PostgreSQL support and the scripts through the loader of this module's
    // jar, not the thread's context loader, which an application server chooses.
    ClassLoader classLoader = SchemaMigrations.class.getClassLoader();
    return Flyway.configure(classLoader)
        .dataSource(dataSource)
        .locations("classpath:" + IndexedMigrationResources.LOCATION)
        // With both providers set, Flyway scans nothing: the index lists every script, and there
        // are no Java migrations.
        .resourceProvider(new IndexedMigrationResources(classLoader))
        .javaMigrationClassProvider(List::of)
        .load();
  }
}
