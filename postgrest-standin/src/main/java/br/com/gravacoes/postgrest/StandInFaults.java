package br.com.gravacoes.postgrest;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/** Faults for the stand-in or one project: a delay before each answer and canned failures. */
public final class StandInFaults {

  private volatile Duration delay = Duration.ZERO;
  private int remainingFailures;
  private CannedResponse nextFailure;
  private CannedResponse permanentFailure;

  /** Waits {@code wait} before answering each request; zero removes the delay. */
  public void delay(Duration wait) {
    if (wait == null || wait.isNegative()) {
      throw new IllegalArgumentException("delay must be zero or positive: " + wait);
    }
    delay = wait;
  }

  /**
   * The next {@code count} requests answer {@code status} with {@code jsonBody}, writing nothing.
   */
  public void failNext(int count, int status, String jsonBody) {
    failNext(count, CannedResponse.of(status, jsonBody));
  }

  public synchronized void failNext(int count, CannedResponse response) {
    if (count < 0) {
      throw new IllegalArgumentException("count must not be negative: " + count);
    }
    Objects.requireNonNull(response, "response");
    remainingFailures = count;
    nextFailure = count == 0 ? null : response;
  }

  /** Every request answers {@code status} with {@code jsonBody} until {@link #clear()}. */
  public void failAlways(int status, String jsonBody) {
    failAlways(CannedResponse.of(status, jsonBody));
  }

  public synchronized void failAlways(CannedResponse response) {
    permanentFailure = Objects.requireNonNull(response, "response");
  }

  /** Removes the delay and every failure. */
  public synchronized void clear() {
    delay = Duration.ZERO;
    remainingFailures = 0;
    nextFailure = null;
    permanentFailure = null;
  }

  Duration delay() {
    return delay;
  }

  /** The failure this request must answer, if any; counts down {@code failNext}. */
  synchronized Optional<CannedResponse> takeFailure() {
    if (remainingFailures > 0) {
      remainingFailures--;
      CannedResponse failure = nextFailure;
      if (remainingFailures == 0) {
        nextFailure = null;
      }
      return Optional.of(failure);
    }
    return Optional.ofNullable(permanentFailure);
  }
}
