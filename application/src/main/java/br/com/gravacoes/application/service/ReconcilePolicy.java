package br.com.gravacoes.application.service;

import java.time.Duration;

/**
 * How the reconciler paces itself.
 *
 * @param batchSize recordings claimed per pass
 * @param lease how long a claimed recording stays reserved for this instance
 * @param activeCheckAfter an active recording is first checked this long after it started
 * @param activeCheckInterval then again at this interval (100ms stops recordings by itself)
 * @param firstBackoff first wait before checking a processing recording again
 * @param maxBackoff the longest wait between checks
 * @param abandonedClaimAfter a claim 100ms never confirmed is resolved after this long
 * @param eventRetryWindow unmatched events are retried for this long
 */
public record ReconcilePolicy(
    int batchSize,
    Duration lease,
    Duration activeCheckAfter,
    Duration activeCheckInterval,
    Duration firstBackoff,
    Duration maxBackoff,
    Duration abandonedClaimAfter,
    Duration eventRetryWindow) {

  public ReconcilePolicy {
    if (batchSize < 1) {
      throw new IllegalArgumentException("batch size must be positive");
    }
  }

  /** The wait before the next check of a recording that has had {@code attempts} checks. */
  Duration backoff(boolean active, int attempts) {
    if (active) {
      return activeCheckInterval;
    }
    long factor = 1L << Math.min(attempts, 20);
    Duration next = firstBackoff.multipliedBy(factor);
    return next.compareTo(maxBackoff) > 0 ? maxBackoff : next;
  }
}
