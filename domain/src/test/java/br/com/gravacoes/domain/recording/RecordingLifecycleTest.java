package br.com.gravacoes.domain.recording;

import static br.com.gravacoes.domain.recording.RecordingFixtures.ASSET;
import static br.com.gravacoes.domain.recording.RecordingFixtures.MEETING;
import static br.com.gravacoes.domain.recording.RecordingFixtures.T0;
import static br.com.gravacoes.domain.recording.RecordingFixtures.inStatus;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RecordingLifecycleTest {

  private static final Instant LATER = T0.plusSeconds(120);

  @Test
  void aNewRecordingIsActiveAndUnconfirmedUntil100msAnswers() {
    Recording recording = Recording.begin(RecordingId.newId(), MEETING, T0);

    assertThat(recording.status()).isEqualTo(RecordingStatus.RECORDING);
    assertThat(recording.isActive()).isTrue();
    assertThat(recording.isStartConfirmed()).isFalse();
    assertThat(recording.startedAt()).isEqualTo(T0);
    assertThat(recording.createdAt()).isEqualTo(T0);
    assertThat(recording.tenantId()).isEqualTo(MEETING.tenantId());
    assertThat(recording.roomId()).isEqualTo(MEETING.roomId());
    assertThat(recording.metadata()).isEmpty();
  }

  @Test
  void confirmingTheStartKeepsThe100msIds() {
    Recording confirmed =
        Recording.begin(RecordingId.newId(), MEETING, T0).confirmStart("sess", "rec", LATER);

    assertThat(confirmed.isStartConfirmed()).isTrue();
    assertThat(confirmed.hmsSessionId()).isEqualTo("sess");
    assertThat(confirmed.hmsRecordingId()).isEqualTo("rec");
    assertThat(confirmed.updatedAt()).isEqualTo(LATER);
    assertThat(confirmed.status()).isEqualTo(RecordingStatus.RECORDING);
  }

  @Test
  void givenRecording_whenStopped_thenProcessingWithStopTime() {
    Recording stopped = inStatus(RecordingStatus.RECORDING).stop(LATER);

    assertThat(stopped.status()).isEqualTo(RecordingStatus.PROCESSING);
    assertThat(stopped.stoppedAt()).isEqualTo(LATER);
    assertThat(stopped.updatedAt()).isEqualTo(LATER);
    assertThat(stopped.assetId()).isNull();
  }

  @Test
  void givenRecording_whenAssetReadyAtStop_thenCompletedDirectly() {
    Recording completed = inStatus(RecordingStatus.RECORDING).complete(ASSET, "https://v", LATER);

    assertThat(completed.status()).isEqualTo(RecordingStatus.COMPLETED);
    assertThat(completed.stoppedAt()).isEqualTo(LATER);
    assertThat(completed.assetId()).isEqualTo("asset_1");
    assertThat(completed.durationSeconds()).isEqualTo(61);
    assertThat(completed.fileSizeBytes()).isEqualTo(1_048_576L);
    assertThat(completed.fileUrl()).isEqualTo("https://v");
  }

  @Test
  void givenProcessing_whenCompleted_thenKeepsTheOriginalStopTime() {
    Recording processing = inStatus(RecordingStatus.PROCESSING);
    Recording completed = processing.complete(ASSET, "https://v", LATER);

    assertThat(completed.status()).isEqualTo(RecordingStatus.COMPLETED);
    assertThat(completed.stoppedAt()).isEqualTo(processing.stoppedAt());
  }

  @Test
  void givenFailure_thenReasonIsKeptInMetadata() {
    Recording failed = inStatus(RecordingStatus.PROCESSING).fail("UPLOAD_ERROR", LATER);

    assertThat(failed.status()).isEqualTo(RecordingStatus.FAILED);
    assertThat(failed.metadata()).containsEntry(Recording.FAILURE_REASON, "UPLOAD_ERROR");
  }

  @Test
  void given100msStoppedOnItsOwn_thenProcessingWithTheReason() {
    Recording stopped = inStatus(RecordingStatus.RECORDING).stopReported("last peer left", LATER);

    assertThat(stopped.status()).isEqualTo(RecordingStatus.PROCESSING);
    assertThat(stopped.metadata()).containsEntry(Recording.STOP_REASON, "last peer left");
    assertThat(stopped.stoppedAt()).isEqualTo(LATER);
  }

  @Test
  void givenAFailureWithItsType_thenBothAreKept() {
    Recording failed =
        inStatus(RecordingStatus.RECORDING).fail("UPLOAD_ERROR", "upload failed", LATER);

    assertThat(failed.metadata())
        .containsEntry(Recording.ERROR_TYPE, "UPLOAD_ERROR")
        .containsEntry(Recording.FAILURE_REASON, "upload failed");
  }

  @Test
  void aVideoKnownOnlyByItsPath_completesWithItsUrlAndKeepsThePath() {
    RecordingAsset byPath = new RecordingAsset(null, "s3://bucket/v.mp4", 30, 99L);

    Recording completed =
        inStatus(RecordingStatus.PROCESSING).complete(byPath, "https://signed", LATER);

    assertThat(completed.status()).isEqualTo(RecordingStatus.COMPLETED);
    assertThat(completed.assetId()).isNull();
    assertThat(completed.fileUrl()).isEqualTo("https://signed");
    assertThat(completed.metadata()).containsEntry(Recording.RECORDING_PATH, "s3://bucket/v.mp4");
    assertThatThrownBy(() -> new RecordingAsset(null, " ", 1, 1L))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aCompletedRecordingGetsFreshPlaybackUrlsAndLearnsItsAssetId() {
    Recording completed =
        inStatus(RecordingStatus.PROCESSING)
            .complete(new RecordingAsset(null, "s3://p", 1, 1L), "https://old", LATER);

    Recording refreshed = completed.refreshPlayback("asset_9", "https://new", LATER.plusSeconds(5));

    assertThat(refreshed.status()).isEqualTo(RecordingStatus.COMPLETED);
    assertThat(refreshed.fileUrl()).isEqualTo("https://new");
    assertThat(refreshed.assetId()).isEqualTo("asset_9");
    assertThat(refreshed.updatedAt()).isEqualTo(LATER.plusSeconds(5));
    assertThat(refreshed.refreshPlayback(null, "https://newer", LATER).assetId())
        .isEqualTo("asset_9");
    assertThatThrownBy(() -> inStatus(RecordingStatus.PROCESSING).refreshPlayback("a", "u", LATER))
        .isInstanceOf(IllegalRecordingTransitionException.class);
  }

  @ParameterizedTest(name = "{0} -> {1} legal={2}")
  @CsvSource({
    "RECORDING, PROCESSING, true",
    "RECORDING, COMPLETED, true",
    "RECORDING, FAILED, true",
    "PROCESSING, COMPLETED, true",
    "PROCESSING, FAILED, true",
    "PROCESSING, PROCESSING, false",
    "COMPLETED, PROCESSING, false",
    "COMPLETED, COMPLETED, false",
    "COMPLETED, FAILED, false",
    "FAILED, PROCESSING, false",
    "FAILED, COMPLETED, false",
    "FAILED, FAILED, false"
  })
  void everyTransitionIsEitherAllowedOrRefusedByName(
      RecordingStatus from, RecordingStatus to, boolean legal) {
    assertThat(from.canMoveTo(to)).isEqualTo(legal);

    Recording recording = inStatus(from);
    Function<Recording, Recording> transition = transitionTo(to);
    if (legal) {
      assertThat(transition.apply(recording).status()).isEqualTo(to);
    } else {
      assertThatThrownBy(() -> transition.apply(recording))
          .isInstanceOf(IllegalRecordingTransitionException.class)
          .satisfies(
              e -> {
                IllegalRecordingTransitionException illegal =
                    (IllegalRecordingTransitionException) e;
                assertThat(illegal.from()).isEqualTo(from);
                assertThat(illegal.to()).isEqualTo(to);
                assertThat(illegal.recordingId()).isEqualTo(recording.id());
              });
    }
  }

  @ParameterizedTest
  @CsvSource({"RECORDING", "PROCESSING", "COMPLETED", "FAILED"})
  void nothingMovesBackToRecording(RecordingStatus from) {
    assertThat(from.canMoveTo(RecordingStatus.RECORDING)).isFalse();
  }

  @ParameterizedTest
  @CsvSource({"COMPLETED", "FAILED"})
  void terminalStatesAreTerminal(RecordingStatus terminal) {
    assertThat(terminal.isTerminal()).isTrue();
    for (RecordingStatus target : RecordingStatus.values()) {
      assertThat(terminal.canMoveTo(target)).isFalse();
    }
  }

  @ParameterizedTest
  @CsvSource({"PROCESSING", "COMPLETED", "FAILED"})
  void onlyAnActiveRecordingCanBeConfirmed(RecordingStatus status) {
    assertThatThrownBy(() -> inStatus(status).confirmStart("s", "r", LATER))
        .isInstanceOf(IllegalRecordingTransitionException.class);
  }

  @Test
  void aCompletedRecordingWithoutAssetCannotExist() {
    Recording processing = inStatus(RecordingStatus.PROCESSING);
    assertThatThrownBy(
            () ->
                new Recording(
                    processing.id(),
                    processing.meetingId(),
                    processing.tenantId(),
                    processing.roomId(),
                    null,
                    null,
                    null,
                    RecordingStatus.COMPLETED,
                    T0,
                    T0,
                    null,
                    null,
                    null,
                    null,
                    null,
                    T0,
                    T0))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void statusCodesAreTheSeeds() {
    assertThat(RecordingStatus.fromCode("recording")).isEqualTo(RecordingStatus.RECORDING);
    assertThat(RecordingStatus.fromCode("processing")).isEqualTo(RecordingStatus.PROCESSING);
    assertThat(RecordingStatus.fromCode("completed")).isEqualTo(RecordingStatus.COMPLETED);
    assertThat(RecordingStatus.fromCode("failed")).isEqualTo(RecordingStatus.FAILED);
    assertThatThrownBy(() -> RecordingStatus.fromCode("starting"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  private static Function<Recording, Recording> transitionTo(RecordingStatus to) {
    return switch (to) {
      case RECORDING -> throw new IllegalArgumentException("nothing moves a recording back");
      case PROCESSING -> r -> r.stop(LATER);
      case COMPLETED -> r -> r.complete(ASSET, "https://v", LATER);
      case FAILED -> r -> r.fail("x", LATER);
    };
  }
}
