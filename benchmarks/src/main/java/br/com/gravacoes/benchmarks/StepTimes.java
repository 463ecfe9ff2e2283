package br.com.gravacoes.benchmarks;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.time.Duration;
import java.util.Map;
import java.util.OptionalLong;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAccumulator;
import java.util.concurrent.atomic.LongAdder;

/**
 * Where a drain's time goes: wraps the delivery service's ports so that each call to the outbox or
 * the mirror is counted and timed (wall time, on the worker's thread), by port and method.
 */
final class StepTimes {

  /** How often a step ran and its total wall time, summed over the workers. */
  record Step(long calls, Duration total) {

    Duration average() {
      return calls == 0 ? Duration.ZERO : total.dividedBy(calls);
    }
  }

  private final Map<String, LongAdder[]> steps = new ConcurrentHashMap<>();
  private final Map<String, LongAccumulator> lastEnds = new ConcurrentHashMap<>();

  /** The port, each call timed under {@code name.method}. */
  <P> P timed(Class<P> port, String name, P target) {
    Object proxy =
        Proxy.newProxyInstance(
            port.getClassLoader(),
            new Class<?>[] {port},
            (self, method, arguments) -> {
              long start = System.nanoTime();
              try {
                return method.invoke(target, arguments);
              } catch (InvocationTargetException e) {
                throw e.getCause();
              } finally {
                long end = System.nanoTime();
                String step = name + "." + method.getName();
                LongAdder[] totals =
                    steps.computeIfAbsent(
                        step, key -> new LongAdder[] {new LongAdder(), new LongAdder()});
                totals[0].increment();
                totals[1].add(end - start);
                lastEnds
                    .computeIfAbsent(step, key -> new LongAccumulator(Math::max, Long.MIN_VALUE))
                    .accumulate(end);
              }
            });
    return port.cast(proxy);
  }

  /** {@link System#nanoTime()} when the step's latest call returned, if it ever ran. */
  OptionalLong lastEnd(String step) {
    LongAccumulator end = lastEnds.get(step);
    return end == null ? OptionalLong.empty() : OptionalLong.of(end.get());
  }

  /** Every step that ran, by name. */
  Map<String, Step> snapshot() {
    Map<String, Step> snapshot = new TreeMap<>();
    steps.forEach(
        (name, step) ->
            snapshot.put(name, new Step(step[0].sum(), Duration.ofNanos(step[1].sum()))));
    return snapshot;
  }
}
