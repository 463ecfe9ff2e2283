package br.com.gravacoes.adapters.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponse.Status;
import org.eclipse.microprofile.health.Readiness;

/**
 * Readiness check "banco-de-dados": a {@code SELECT 1} through the application's data source,
 * answered within {@link DatabaseProbe#LIMIT} even when PostgreSQL is gone or the pool is empty.
 */
@Readiness
@ApplicationScoped
public class DatabaseHealthCheck implements HealthCheck {

  static final String NAME = "banco-de-dados";

  private DatabaseProbe probe;

  protected DatabaseHealthCheck() {}

  @Inject
  DatabaseHealthCheck(DatabaseProbe probe) {
    this.probe = probe;
  }

  @Override
  public HealthCheckResponse call() {
    try {
      probe.withConnection(
          NAME,
          connection -> {
            try (Statement statement = connection.createStatement()) {
              statement.setQueryTimeout((int) DatabaseProbe.LIMIT.toSeconds());
              try (ResultSet result = statement.executeQuery("SELECT 1")) {
                return result.next();
              }
            }
          });
      return new HealthCheckResponse(NAME, Status.UP, Optional.empty());
    } catch (DatabaseProbe.ProbeFailedException failure) {
      return new HealthCheckResponse(
          NAME, Status.DOWN, Optional.of(Map.of("erro", failure.getMessage())));
    }
  }
}
