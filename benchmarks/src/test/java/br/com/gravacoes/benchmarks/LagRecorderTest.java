package br.com.gravacoes.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import br.com.gravacoes.domain.recording.RecordingId;
import br.com.gravacoes.postgrest.WriteEvent;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** How changes are paired with the stand-in's writes, without a database. */
class LagRecorderTest {

  private static final Instant T0 = Instant.parse("2026-11-26T12:00:00Z");

  private final LagRecorder recorder = new LagRecorder();
  private final RecordingId recording = RecordingId.newId();

  @Test
  void aChangeIsCarriedByTheFirstWriteOfItsRecordingAfterIt() {
    written(T0.minusMillis(500), recording);
    recorder.committed(recording, T0.minusMillis(2), T0, false);
    written(T0.plusMillis(300), recording);
    written(T0.plusMillis(120), RecordingId.newId(), recording);

    Lags lags = recorder.lags(false);

    assertThat(lags.sorted()).containsExactly(Duration.ofMillis(120));
    assertThat(lags.unmatched()).isZero();
    assertThat(recorder.allDelivered()).isTrue();
  }

  @Test
  void aWriteBetweenTheCallAndItsReturnCountsAsNoLag() {
    recorder.committed(recording, T0.minusMillis(3), T0, false);
    written(T0.minusMillis(1), recording);

    Lags lags = recorder.lags(false);

    assertThat(lags.sorted()).containsExactly(Duration.ZERO);
    assertThat(lags.beforeReturn()).isEqualTo(1);
  }

  @Test
  void aChangeNeverWrittenIsUnmatched_andWarmUpChangesAreCountedApart() {
    recorder.committed(recording, T0, T0, false);
    RecordingId early = RecordingId.newId();
    recorder.committed(early, T0.minusSeconds(10), T0.minusSeconds(10), true);
    written(T0.minusSeconds(9), early);

    assertThat(recorder.allDelivered()).isFalse();
    assertThat(recorder.lags(false).unmatched()).isEqualTo(1);
    assertThat(recorder.lags(true).sorted()).containsExactly(Duration.ofSeconds(1));
  }

  @Test
  void percentilesAreNearestRank() {
    List<Duration> hundred = IntStream.rangeClosed(1, 100).mapToObj(Duration::ofMillis).toList();
    Lags lags = new Lags(hundred, 0, 0);

    assertThat(lags.percentile(50)).isEqualTo(Duration.ofMillis(50));
    assertThat(lags.percentile(99)).isEqualTo(Duration.ofMillis(99));
    assertThat(lags.max()).isEqualTo(Duration.ofMillis(100));
  }

  private void written(Instant at, RecordingId... recordings) {
    recorder.written(
        new WriteEvent(
            "bench-01",
            recordings.length,
            Arrays.stream(recordings).map(RecordingId::toString).toList(),
            at));
  }
}
