package br.com.gravacoes.application.service;

import java.time.Duration;
import java.time.Instant;
import java.util.function.DoubleSupplier;

/**
 * When to try a tenant's mirror again after failures in a row: exponential with jitter (so
 * instances and tenants do not retry in step), then, once the circuit is open, one probe per open
 * period.
 */
final class MirrorBackoff {

  private final MirrorPolicy policy;
  private final DoubleSupplier random;

  MirrorBackoff(MirrorPolicy policy, DoubleSupplier random) {
    this.policy = policy;
    this.random = random;
  }

  boolean circuitOpen(int failuresInARow) {
    return failuresInARow >= policy.circuitThreshold();
  }

  /** The next attempt after the {@code failuresInARow}-th failure in a row. */
  Instant next(Instant now, int failuresInARow) {
    if (circuitOpen(failuresInARow)) {
      return now.plus(policy.circuitOpen());
    }
    long first = policy.firstBackoff().toMillis();
    long ceiling = policy.maxBackoff().toMillis();
    long full = first;
    for (int doubled = 1; doubled < failuresInARow && full < ceiling; doubled++) {
      full *= 2;
    }
    full = Math.min(full, ceiling);
    // "Equal jitter": at least half the delay, so a dead project is never hammered.
    long delay = full / 2 + (long) (random.getAsDouble() * (full - full / 2));
    return now.plus(Duration.ofMillis(delay));
  }
}
