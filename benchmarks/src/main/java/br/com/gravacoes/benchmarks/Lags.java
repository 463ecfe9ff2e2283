package br.com.gravacoes.benchmarks;

import java.time.Duration;
import java.util.List;

/**
 * Lags, shortest first; how many changes never reached the mirror; and how many reached it before
 * their {@code update} call had returned (counted as no lag).
 */
record Lags(List<Duration> sorted, int unmatched, int beforeReturn) {

  int count() {
    return sorted.size();
  }

  /** Nearest-rank percentile ({@code 0 < p <= 100}); zero when there is no lag at all. */
  Duration percentile(double p) {
    if (sorted.isEmpty()) {
      return Duration.ZERO;
    }
    int rank = (int) Math.ceil(p / 100 * sorted.size());
    return sorted.get(Math.max(0, rank - 1));
  }

  Duration max() {
    return sorted.isEmpty() ? Duration.ZERO : sorted.get(sorted.size() - 1);
  }
}
