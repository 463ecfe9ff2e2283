package br.com.gravacoes.adapters.supabase;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The mirror's configuration (MicroProfile Config keys gravacoes.mirror.*). */
@ApplicationScoped
public class MirrorSettings {

  @Inject
  @ConfigProperty(name = "gravacoes.mirror.enabled", defaultValue = "true")
  boolean enabled;

  @Inject
  @ConfigProperty(name = "gravacoes.mirror.workers", defaultValue = "4")
  int workers;

  @Inject
  @ConfigProperty(name = "gravacoes.mirror.poll-interval-ms", defaultValue = "250")
  long pollIntervalMs;

  @Inject
  @ConfigProperty(name = "gravacoes.mirror.batch-size", defaultValue = "500")
  int batchSize;

  @Inject
  @ConfigProperty(name = "gravacoes.mirror.batches-per-claim", defaultValue = "20")
  int batchesPerClaim;

  @Inject
  @ConfigProperty(name = "gravacoes.mirror.lease-seconds", defaultValue = "60")
  long leaseSeconds;

  @Inject
  @ConfigProperty(name = "gravacoes.mirror.first-backoff-ms", defaultValue = "1000")
  long firstBackoffMs;

  @Inject
  @ConfigProperty(name = "gravacoes.mirror.max-backoff-seconds", defaultValue = "60")
  long maxBackoffSeconds;

  @Inject
  @ConfigProperty(name = "gravacoes.mirror.circuit-threshold", defaultValue = "5")
  int circuitThreshold;

  @Inject
  @ConfigProperty(name = "gravacoes.mirror.circuit-open-seconds", defaultValue = "30")
  long circuitOpenSeconds;

  @Inject
  @ConfigProperty(name = "gravacoes.mirror.connect-timeout-ms", defaultValue = "2000")
  long connectTimeoutMs;

  @Inject
  @ConfigProperty(name = "gravacoes.mirror.read-timeout-ms", defaultValue = "10000")
  long readTimeoutMs;

  @Inject
  @ConfigProperty(name = "gravacoes.mirror.allow-internal-addresses", defaultValue = "false")
  boolean allowInternalAddresses;

  /** Whether project URLs may point at loopback or private addresses (local setups, tests). */
  public boolean allowInternalAddresses() {
    return allowInternalAddresses;
  }

  public boolean enabled() {
    return enabled;
  }

  public int workers() {
    return workers;
  }

  public Duration pollInterval() {
    return Duration.ofMillis(pollIntervalMs);
  }

  public Duration connectTimeout() {
    return Duration.ofMillis(connectTimeoutMs);
  }

  public Duration readTimeout() {
    return Duration.ofMillis(readTimeoutMs);
  }

  public int batchSize() {
    return batchSize;
  }

  public int batchesPerClaim() {
    return batchesPerClaim;
  }

  public Duration lease() {
    return Duration.ofSeconds(leaseSeconds);
  }

  /**
   * The longest one request may take: its connect and read timeouts, and a margin. A claim never
   * starts a request it cannot finish inside its lease, so no other instance sends the tenant's
   * rows while one is in flight.
   */
  public Duration requestBudget() {
    return connectTimeout().plus(readTimeout()).plusSeconds(2);
  }

  public Duration firstBackoff() {
    return Duration.ofMillis(firstBackoffMs);
  }

  public Duration maxBackoff() {
    return Duration.ofSeconds(maxBackoffSeconds);
  }

  public int circuitThreshold() {
    return circuitThreshold;
  }

  public Duration circuitOpen() {
    return Duration.ofSeconds(circuitOpenSeconds);
  }
}
