package br.com.gravacoes.benchmarks;

import br.com.gravacoes.application.service.MirrorPolicy;
import java.time.Duration;

/**
 * How the delivery workers run: the in-container worker's settings ({@code gravacoes.mirror.*}),
 * with the same defaults and the same timeouts, backoff and circuit.
 */
record WorkerSettings(
    int workers, Duration pollInterval, int batchSize, int batchesPerClaim, Duration lease) {

  static final Duration CONNECT_TIMEOUT = Duration.ofMillis(2_000);
  static final Duration READ_TIMEOUT = Duration.ofMillis(10_000);

  /** The same settings, one change per request: what the seed's per-change upsert sends. */
  WorkerSettings oneChangePerRequest() {
    return new WorkerSettings(workers, pollInterval, 1, batchesPerClaim, lease);
  }

  /** As {@code MirrorProducers} builds it from {@code MirrorSettings}'s defaults. */
  MirrorPolicy policy() {
    return new MirrorPolicy(
        batchSize,
        lease,
        CONNECT_TIMEOUT.plus(READ_TIMEOUT).plusSeconds(2),
        batchesPerClaim,
        Duration.ofMillis(1_000),
        Duration.ofSeconds(60),
        5,
        Duration.ofSeconds(30));
  }
}
