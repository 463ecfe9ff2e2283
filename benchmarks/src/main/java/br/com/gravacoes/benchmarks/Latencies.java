package br.com.gravacoes.benchmarks;

import java.time.Duration;
import java.util.Arrays;

/** Response times of one kind of request, sorted, with nearest-rank percentiles. */
final class Latencies {

  private final long[] sortedNanos;

  private Latencies(long[] sortedNanos) {
    this.sortedNanos = sortedNanos;
  }

  static Latencies of(long[] nanos, int count) {
    long[] sorted = Arrays.copyOf(nanos, count);
    Arrays.sort(sorted);
    return new Latencies(sorted);
  }

  int count() {
    return sortedNanos.length;
  }

  /** Nearest-rank percentile ({@code 0 < p <= 100}); zero when nothing was measured. */
  Duration percentile(double p) {
    if (sortedNanos.length == 0) {
      return Duration.ZERO;
    }
    int rank = (int) Math.ceil(p / 100 * sortedNanos.length);
    return Duration.ofNanos(sortedNanos[Math.max(0, rank - 1)]);
  }
}
