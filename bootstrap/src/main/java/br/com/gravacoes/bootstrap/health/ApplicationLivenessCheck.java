package br.com.gravacoes.bootstrap.health;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponse.Status;
import org.eclipse.microprofile.health.Liveness;

/**
 * Liveness check "aplicacao": the WAR is deployed and its JVM answers. It depends on nothing
 * outside the process, so a database outage never gets the service restarted.
 */
@Liveness
@ApplicationScoped
public class ApplicationLivenessCheck implements HealthCheck {

  static final String NAME = "aplicacao";

  @Override
  public HealthCheckResponse call() {
    return new HealthCheckResponse(NAME, Status.UP, Optional.empty());
  }
}
