package br.com.gravacoes.benchmarks;

import java.util.Comparator;
import java.util.List;

/** A drain in batches and, right after it, one with a request per change, on equal backlogs. */
record DrainPair(DrainResult batched, DrainResult perChange) {

  /** How many times faster, in changes per second, the batched drain was. */
  double ratio() {
    return batched.changesPerSecond() / perChange.changesPerSecond();
  }

  /** The median of the pairs' ratios (of the two middle ones, the lower). */
  static double medianRatio(List<DrainPair> pairs) {
    List<Double> ratios =
        pairs.stream().map(DrainPair::ratio).sorted(Comparator.naturalOrder()).toList();
    return ratios.get((ratios.size() - 1) / 2);
  }
}
