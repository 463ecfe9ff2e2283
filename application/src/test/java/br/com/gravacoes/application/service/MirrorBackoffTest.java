package br.com.gravacoes.application.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.DoubleSupplier;
import org.junit.jupiter.api.Test;

class MirrorBackoffTest {

  private static final Instant NOW = Instant.parse("2026-01-12T10:00:00Z");
  private static final DoubleSupplier EARLIEST = () -> 0.0;
  private static final DoubleSupplier LATEST = () -> Math.nextDown(1.0);

  private static MirrorPolicy policy(Duration first, Duration max, int threshold) {
    return new MirrorPolicy(
        500,
        Duration.ofSeconds(60),
        Duration.ofSeconds(14),
        20,
        first,
        max,
        threshold,
        Duration.ofSeconds(30));
  }

  private static MirrorBackoff backoff(int threshold, DoubleSupplier jitter) {
    return new MirrorBackoff(
        policy(Duration.ofSeconds(1), Duration.ofSeconds(60), threshold), jitter);
  }

  private static Duration delay(MirrorBackoff backoff, int failuresInARow) {
    return Duration.between(NOW, backoff.next(NOW, failuresInARow));
  }

  @Test
  void theFullDelayDoublesFromTheFirstBackoffUpToTheMaximum() {
    MirrorBackoff backoff = backoff(100, EARLIEST);
    List<Duration> full = new ArrayList<>();
    for (int failures = 1; failures <= 9; failures++) {
      full.add(delay(backoff, failures).multipliedBy(2));
    }

    assertThat(full)
        .containsExactly(
            Duration.ofSeconds(1),
            Duration.ofSeconds(2),
            Duration.ofSeconds(4),
            Duration.ofSeconds(8),
            Duration.ofSeconds(16),
            Duration.ofSeconds(32),
            Duration.ofSeconds(60),
            Duration.ofSeconds(60),
            Duration.ofSeconds(60));
  }

  @Test
  void theMaximumHoldsForAnyNumberOfFailures() {
    assertThat(delay(backoff(Integer.MAX_VALUE, LATEST), 100_000))
        .isLessThanOrEqualTo(Duration.ofSeconds(60))
        .isGreaterThanOrEqualTo(Duration.ofSeconds(30));
  }

  @Test
  void theMaximumCapsEvenTheFirstBackoff() {
    MirrorBackoff backoff =
        new MirrorBackoff(policy(Duration.ofSeconds(10), Duration.ofSeconds(4), 5), EARLIEST);

    assertThat(delay(backoff, 1)).isEqualTo(Duration.ofSeconds(2));
  }

  @Test
  void jitterKeepsTheDelayBetweenHalfTheFullDelayAndTheFullDelay() {
    assertThat(delay(backoff(100, EARLIEST), 3)).isEqualTo(Duration.ofSeconds(2));
    assertThat(delay(backoff(100, LATEST), 3))
        .isLessThan(Duration.ofSeconds(4))
        .isGreaterThan(Duration.ofMillis(3_990));
    assertThat(delay(backoff(100, () -> 0.5), 3)).isEqualTo(Duration.ofSeconds(3));
  }

  @Test
  void randomJitterSpreadsRetriesAcrossTheWholeWindow() {
    MirrorBackoff backoff = backoff(100, new Random(42)::nextDouble);
    List<Duration> delays = new ArrayList<>();
    for (int i = 0; i < 1_000; i++) {
      delays.add(delay(backoff, 3));
    }

    assertThat(delays)
        .allSatisfy(d -> assertThat(d).isBetween(Duration.ofSeconds(2), Duration.ofMillis(3_999)));
    assertThat(delays).anySatisfy(d -> assertThat(d).isLessThan(Duration.ofMillis(2_100)));
    assertThat(delays).anySatisfy(d -> assertThat(d).isGreaterThan(Duration.ofMillis(3_900)));
  }

  @Test
  void atTheThresholdTheCircuitOpensForItsWholePeriod_withoutJitter() {
    MirrorBackoff backoff = backoff(3, () -> 0.7);

    assertThat(backoff.circuitOpen(2)).isFalse();
    assertThat(delay(backoff, 2)).isEqualTo(Duration.ofMillis(1_700));
    assertThat(backoff.circuitOpen(3)).isTrue();
    assertThat(delay(backoff, 3)).isEqualTo(Duration.ofSeconds(30));
    assertThat(delay(backoff, 40)).isEqualTo(Duration.ofSeconds(30));
  }
}
