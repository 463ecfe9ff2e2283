package br.com.gravacoes.adapters.persistence;

import java.util.Arrays;
import java.util.Comparator;
import javax.sql.DataSource;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationInfoService;
import org.flywaydb.core.api.MigrationVersion;

/**
 * How the database's schema compares with the migrations this build ships: the version applied, the
 * newest shipped, and how many are pending or failed. Up to date only when nothing is pending or
 * failed and the applied version is the newest shipped.
 */
record SchemaState(String appliedVersion, String newestShipped, int pending, int failed) {

  /** Reads the state with Flyway: its history table against the shipped scripts. */
  static SchemaState of(DataSource dataSource) {
    MigrationInfoService info = SchemaMigrations.flyway(dataSource).info();
    MigrationInfo[] all = info.all();
    MigrationInfo current = info.current();
    return new SchemaState(
        current == null ? null : current.getVersion().getVersion(),
        Arrays.stream(all)
            .filter(migration -> migration.getState().isResolved())
            .map(MigrationInfo::getVersion)
            .filter(version -> version != null)
            .max(Comparator.naturalOrder())
            .map(MigrationVersion::getVersion)
            .orElse(null),
        info.pending().length,
        (int) Arrays.stream(all).filter(migration -> migration.getState().isFailed()).count());
  }

  boolean upToDate() {
    return pending == 0
        && failed == 0
        && appliedVersion != null
        && MigrationVersion.fromVersion(appliedVersion)
            .equals(MigrationVersion.fromVersion(newestShipped));
  }
}
