package br.com.gravacoes.simulator;

import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.function.Consumer;

/**
 * Fault injection: latency, failures and hangs per operation, failing assets, and webhooks that are
 * lost, duplicated, reordered or replayed.
 */
public final class SimulatorFaults {

  private final Map<SimulatedOperation, Duration> latencies =
      new EnumMap<>(SimulatedOperation.class);
  private final Map<SimulatedOperation, Pending<Integer>> failures =
      new EnumMap<>(SimulatedOperation.class);
  private final Map<SimulatedOperation, Pending<Duration>> hangs =
      new EnumMap<>(SimulatedOperation.class);
  private final Consumer<String> webhookReplay;
  private volatile boolean failAssets;
  private volatile boolean dropWebhooks;
  private volatile boolean duplicateWebhooks;
  private volatile boolean reverseWebhookOrder;

  SimulatorFaults(Consumer<String> webhookReplay) {
    this.webhookReplay = webhookReplay;
  }

  /** Adds {@code delay} before every answer of {@code operation}; zero removes it. */
  public synchronized void latency(SimulatedOperation operation, Duration delay) {
    Objects.requireNonNull(operation, "operation");
    requireNotNegative(delay);
    if (delay.isZero()) {
      latencies.remove(operation);
    } else {
      latencies.put(operation, delay);
    }
  }

  /**
   * The next {@code times} calls of {@code operation} answer {@code httpStatus} without changing
   * state.
   */
  public synchronized void failNext(SimulatedOperation operation, int times, int httpStatus) {
    Objects.requireNonNull(operation, "operation");
    if (httpStatus < 400 || httpStatus > 599) {
      throw new IllegalArgumentException("failure status must be 4xx or 5xx: " + httpStatus);
    }
    schedule(failures, operation, times, httpStatus);
  }

  /**
   * The next {@code times} calls of {@code operation} sleep {@code hang} and then answer normally.
   */
  public synchronized void hangNext(SimulatedOperation operation, int times, Duration hang) {
    Objects.requireNonNull(operation, "operation");
    requireNotNegative(hang);
    schedule(hangs, operation, times, hang);
  }

  /** Recordings stopped while this is on end as {@code failed}, without an asset. */
  public void failAssets(boolean fail) {
    failAssets = fail;
  }

  /** Webhook events are produced but never sent, as lost deliveries. */
  public void dropWebhooks(boolean drop) {
    dropWebhooks = drop;
  }

  /** Every webhook event is delivered twice, with the same id. */
  public void duplicateWebhooks(boolean duplicate) {
    duplicateWebhooks = duplicate;
  }

  /**
   * The webhook events of a recording are held until it reaches a final state (asset ready or
   * failed) and then delivered newest first.
   */
  public void reverseWebhookOrder(boolean reverse) {
    reverseWebhookOrder = reverse;
  }

  /**
   * Sends a webhook event again, same id, with {@code "is_replay": true}, as the 100ms replay API.
   *
   * @throws IllegalArgumentException when no event with that id was sent since the last reset
   */
  public void replayWebhook(String eventId) {
    webhookReplay.accept(eventId);
  }

  public synchronized void clear() {
    latencies.clear();
    failures.clear();
    hangs.clear();
    failAssets = false;
    dropWebhooks = false;
    duplicateWebhooks = false;
    reverseWebhookOrder = false;
  }

  boolean assetsFail() {
    return failAssets;
  }

  boolean webhooksDropped() {
    return dropWebhooks;
  }

  boolean webhooksDuplicated() {
    return duplicateWebhooks;
  }

  boolean webhookOrderReversed() {
    return reverseWebhookOrder;
  }

  /**
   * Applies the rules of one call: sleeps the latency and any hang, then tells whether the call
   * must fail and with which status.
   */
  OptionalInt beforeAnswer(SimulatedOperation operation) {
    Duration wait;
    Integer failure;
    synchronized (this) {
      wait =
          latencies
              .getOrDefault(operation, Duration.ZERO)
              .plus(consume(hangs, operation, Duration.ZERO));
      failure = consume(failures, operation, null);
      if (operation != SimulatedOperation.ANY) {
        wait =
            wait.plus(latencies.getOrDefault(SimulatedOperation.ANY, Duration.ZERO))
                .plus(consume(hangs, SimulatedOperation.ANY, Duration.ZERO));
        if (failure == null) {
          failure = consume(failures, SimulatedOperation.ANY, null);
        }
      }
    }
    sleep(wait);
    return failure == null ? OptionalInt.empty() : OptionalInt.of(failure);
  }

  private static <T> void schedule(
      Map<SimulatedOperation, Pending<T>> rules, SimulatedOperation operation, int times, T value) {
    if (times < 0) {
      throw new IllegalArgumentException("times must not be negative: " + times);
    }
    if (times == 0) {
      rules.remove(operation);
    } else {
      rules.put(operation, new Pending<>(times, value));
    }
  }

  private static <T> T consume(
      Map<SimulatedOperation, Pending<T>> rules, SimulatedOperation operation, T none) {
    Pending<T> pending = rules.get(operation);
    if (pending == null) {
      return none;
    }
    if (pending.remaining() == 1) {
      rules.remove(operation);
    } else {
      rules.put(operation, new Pending<>(pending.remaining() - 1, pending.value()));
    }
    return pending.value();
  }

  private static void requireNotNegative(Duration duration) {
    if (duration == null || duration.isNegative()) {
      throw new IllegalArgumentException("duration must be zero or positive: " + duration);
    }
  }

  private static void sleep(Duration wait) {
    if (wait.isZero()) {
      return;
    }
    try {
      Thread.sleep(wait.toMillis());
    } catch (InterruptedException e) {
      // Interrupted by close(): give the thread back instead of finishing the delay.
      Thread.currentThread().interrupt();
    }
  }

  /** A rule that still applies to {@code remaining} calls. */
  private record Pending<T>(int remaining, T value) {}
}
