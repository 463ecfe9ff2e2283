package br.com.gravacoes.adapters.hms;

import br.com.gravacoes.application.port.out.SessionProviderException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.MetricUnits;
import org.eclipse.microprofile.metrics.Tag;

/**
 * Times each call to 100ms by operation ({@code gravacoes_hms_call_seconds}) and counts the
 * failures by operation and kind ({@code gravacoes_hms_errors_total}) in MicroProfile Metrics.
 */
@ApplicationScoped
public class HmsCallMetrics {

  static final String CALL = "gravacoes_hms_call";
  static final String ERRORS = "gravacoes_hms_errors";

  private static final Metadata CALL_METADATA =
      Metadata.builder()
          .withName(CALL)
          .withDescription("Duração das chamadas ao 100ms, por operação (inclui novas tentativas)")
          .withUnit(MetricUnits.SECONDS)
          .build();
  private static final Metadata ERRORS_METADATA =
      Metadata.builder()
          .withName(ERRORS)
          .withDescription("Chamadas ao 100ms que falharam, por operação e tipo de falha")
          .build();

  private MetricRegistry registry;

  protected HmsCallMetrics() {}

  @Inject
  HmsCallMetrics(MetricRegistry registry) {
    this.registry = registry;
  }

  /** One call to 100ms that took {@code took}; {@code failure} is null when it succeeded. */
  public void record(String operation, Duration took, SessionProviderException failure) {
    Tag tag = new Tag("operation", operation);
    registry.timer(CALL_METADATA, tag).update(took);
    if (failure != null) {
      registry
          .counter(ERRORS_METADATA, tag, new Tag("kind", HmsFailureKind.of(failure).label()))
          .inc();
    }
  }
}
