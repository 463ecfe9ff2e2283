package br.com.gravacoes.benchmarks;

import java.time.Duration;
import java.util.Map;

/**
 * One drain of a backlog: how many changes, of how many recordings, in requests of at most {@code
 * batchSize} changes; what the stand-in counted; how long until the outbox was empty, counted from
 * the first worker's first look for work ({@code elapsed}) and from the workers' start, one poll
 * interval earlier ({@code sinceWorkersStarted}); how many mirrored rows were then checked equal to
 * the local ones; and the time each step of the delivery took.
 */
record DrainResult(
    String label,
    int batchSize,
    int changes,
    int recordings,
    long requests,
    long rowsWritten,
    Duration elapsed,
    Duration sinceWorkersStarted,
    Duration backlogBuild,
    int rowsVerified,
    long workerFailures,
    Map<String, StepTimes.Step> steps) {

  double changesPerSecond() {
    return changes / seconds();
  }

  double requestsPerSecond() {
    return requests / seconds();
  }

  private double seconds() {
    return elapsed.toNanos() / 1e9;
  }
}
