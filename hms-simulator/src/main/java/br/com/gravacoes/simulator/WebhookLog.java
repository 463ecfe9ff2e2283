package br.com.gravacoes.simulator;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.TimeUnit;

/** The webhook deliveries of a simulator, attempt by attempt, in the order they ended. */
public final class WebhookLog {

  // Guarded by this; waiters are woken on every new attempt.
  private final List<DeliveredEvent> attempts = new ArrayList<>();

  WebhookLog() {}

  /** The attempts the receiver answered with a 2xx, in order of delivery. */
  public synchronized List<DeliveredEvent> delivered() {
    return attempts.stream().filter(WebhookLog::succeeded).toList();
  }

  /** Every attempt, failed ones included, with the status the receiver answered (-1: none). */
  public synchronized List<DeliveredEvent> attempts() {
    return List.copyOf(attempts);
  }

  /**
   * Waits until at least {@code count} events of {@code type} have been delivered.
   *
   * @throws AssertionError when {@code timeout} passes first
   */
  public synchronized void awaitDelivered(String type, int count, Duration timeout) {
    Objects.requireNonNull(type, "type");
    long deadline = System.nanoTime() + timeout.toNanos();
    while (deliveredCount(type) < count) {
      long left = deadline - System.nanoTime();
      if (left <= 0) {
        throw new AssertionError(
            "expected "
                + count
                + " delivered "
                + type
                + " within "
                + timeout
                + " but got "
                + delivered().stream().map(DeliveredEvent::type).toList());
      }
      try {
        TimeUnit.NANOSECONDS.timedWait(this, left);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AssertionError("interrupted while waiting for " + type, e);
      }
    }
  }

  synchronized void record(DeliveredEvent attempt) {
    attempts.add(attempt);
    notifyAll();
  }

  synchronized void clear() {
    attempts.clear();
  }

  private long deliveredCount(String type) {
    return attempts.stream()
        .filter(WebhookLog::succeeded)
        .filter(attempt -> attempt.type().equals(type))
        .count();
  }

  private static boolean succeeded(DeliveredEvent attempt) {
    return attempt.status() >= 200 && attempt.status() < 300;
  }
}
