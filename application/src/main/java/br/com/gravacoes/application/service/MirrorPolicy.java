package br.com.gravacoes.application.service;

import java.time.Duration;

/**
 * How the mirror is delivered: changes per request, the claim's lease and the time one request may
 * take within it, requests per claim, the backoff after transient failures, and after how many
 * failures in a row the tenant's circuit opens (one probe per {@code circuitOpen}).
 */
public record MirrorPolicy(
    int batchSize,
    Duration lease,
    Duration requestBudget,
    int batchesPerClaim,
    Duration firstBackoff,
    Duration maxBackoff,
    int circuitThreshold,
    Duration circuitOpen) {

  public MirrorPolicy {
    if (batchSize < 1 || batchesPerClaim < 1 || circuitThreshold < 1) {
      throw new IllegalArgumentException("batch size, batches and threshold must be positive");
    }
    if (requestBudget.compareTo(lease) >= 0) {
      throw new IllegalArgumentException("a request must fit in the lease");
    }
  }
}
