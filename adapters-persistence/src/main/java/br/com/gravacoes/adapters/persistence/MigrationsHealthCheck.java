package br.com.gravacoes.adapters.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponse.Status;
import org.eclipse.microprofile.health.Readiness;

/**
 * Readiness check "migracoes": the schema is at the newest migration this build ships, with none
 * pending or failed, so the service never takes requests on a schema its code does not expect.
 */
@Readiness
@ApplicationScoped
public class MigrationsHealthCheck implements HealthCheck {

  static final String NAME = "migracoes";

  private DatabaseProbe probe;

  protected MigrationsHealthCheck() {}

  @Inject
  MigrationsHealthCheck(DatabaseProbe probe) {
    this.probe = probe;
  }

  @Override
  public HealthCheckResponse call() {
    try {
      SchemaState state = probe.run(NAME, SchemaState::of);
      // The data as the builder would type it: text, and numbers as long.
      Map<String, Object> data =
          Map.of(
              "versaoAplicada",
              String.valueOf(state.appliedVersion()),
              "versaoMaisNova",
              String.valueOf(state.newestShipped()),
              "pendentes",
              (long) state.pending(),
              "falhas",
              (long) state.failed());
      return new HealthCheckResponse(
          NAME, state.upToDate() ? Status.UP : Status.DOWN, Optional.of(data));
    } catch (DatabaseProbe.ProbeFailedException failure) {
      return new HealthCheckResponse(
          NAME, Status.DOWN, Optional.of(Map.of("erro", failure.getMessage())));
    }
  }
}
