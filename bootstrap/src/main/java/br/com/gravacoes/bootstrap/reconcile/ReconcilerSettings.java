package br.com.gravacoes.bootstrap.reconcile;

import br.com.gravacoes.application.service.ReconcilePolicy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The reconciler's configuration (MicroProfile Config keys gravacoes.reconciler.*). */
@ApplicationScoped
public class ReconcilerSettings {

  @Inject
  @ConfigProperty(name = "gravacoes.reconciler.enabled", defaultValue = "true")
  boolean enabled;

  @Inject
  @ConfigProperty(name = "gravacoes.reconciler.interval-ms", defaultValue = "5000")
  long intervalMs;

  @Inject
  @ConfigProperty(name = "gravacoes.reconciler.batch-size", defaultValue = "5")
  int batchSize;

  @Inject
  @ConfigProperty(name = "gravacoes.reconciler.lease-seconds", defaultValue = "180")
  long leaseSeconds;

  @Inject
  @ConfigProperty(name = "gravacoes.reconciler.active-check-seconds", defaultValue = "300")
  long activeCheckSeconds;

  @Inject
  @ConfigProperty(name = "gravacoes.reconciler.first-backoff-ms", defaultValue = "5000")
  long firstBackoffMs;

  @Inject
  @ConfigProperty(name = "gravacoes.reconciler.max-backoff-seconds", defaultValue = "300")
  long maxBackoffSeconds;

  @Inject
  @ConfigProperty(name = "gravacoes.reconciler.abandoned-claim-seconds", defaultValue = "30")
  long abandonedClaimSeconds;

  @Inject
  @ConfigProperty(name = "gravacoes.reconciler.event-retry-hours", defaultValue = "6")
  long eventRetryHours;

  public boolean enabled() {
    return enabled;
  }

  public Duration interval() {
    return Duration.ofMillis(intervalMs);
  }

  public ReconcilePolicy policy() {
    return new ReconcilePolicy(
        batchSize,
        Duration.ofSeconds(leaseSeconds),
        Duration.ofSeconds(activeCheckSeconds),
        Duration.ofSeconds(activeCheckSeconds),
        Duration.ofMillis(firstBackoffMs),
        Duration.ofSeconds(maxBackoffSeconds),
        Duration.ofSeconds(abandonedClaimSeconds),
        Duration.ofHours(eventRetryHours));
  }
}
