package br.com.gravacoes.application.service;

import static br.com.gravacoes.application.testing.RecordingWorld.ACTOR;
import static br.com.gravacoes.application.testing.RecordingWorld.ROOM;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import br.com.gravacoes.application.port.in.NoActiveRecordingException;
import br.com.gravacoes.application.port.in.RecordingStillStartingException;
import br.com.gravacoes.application.port.in.RecordingStopFailedException;
import br.com.gravacoes.application.port.in.StartRecordingCommand;
import br.com.gravacoes.application.port.in.StartedRecording;
import br.com.gravacoes.application.port.in.StopRecordingCommand;
import br.com.gravacoes.application.port.in.StoppedRecording;
import br.com.gravacoes.application.port.out.AuditAction;
import br.com.gravacoes.application.port.out.NoRunningRecordingException;
import br.com.gravacoes.application.port.out.SessionProviderUnavailableException;
import br.com.gravacoes.application.testing.FakeRecordingSessionPort.Operation;
import br.com.gravacoes.application.testing.RecordingWorld;
import br.com.gravacoes.domain.recording.Recording;
import br.com.gravacoes.domain.recording.RecordingId;
import br.com.gravacoes.domain.recording.RecordingStatus;
import org.junit.jupiter.api.Test;

class StopRecordingServiceTest {

  private final RecordingWorld world = new RecordingWorld();

  private StartedRecording started() {
    return world.startService.start(new StartRecordingCommand(ROOM, ACTOR));
  }

  @Test
  void givenAssetNotReady_whenStopped_thenProcessingWithStopTime() {
    StartedRecording started = started();

    StoppedRecording stopped = world.stopService.stop(new StopRecordingCommand(ROOM, ACTOR));

    Recording stored = world.recordings.findById(started.recording().id()).orElseThrow();
    assertThat(stored.status()).isEqualTo(RecordingStatus.PROCESSING);
    assertThat(stored.stoppedAt()).isNotNull();
    assertThat(stored.metadata()).containsEntry(Recording.STOP_REASON, "client request");
    assertThat(stopped.recording()).isEqualTo(stored);
    assertThat(stopped.stoppedAtProvider())
        .extracting(s -> s.id())
        .containsExactly(started.sessionRecording().id());
    assertThat(world.hms.runningIn(ROOM.value())).isEmpty();
  }

  @Test
  void aStopIsAudited_andTheRecordingKeepsWhoStoppedIt() {
    StartedRecording started = started();

    StoppedRecording stopped = world.stopService.stop(new StopRecordingCommand(ROOM, ACTOR));

    assertThat(stopped.recording().metadata()).containsEntry(Recording.STOPPED_BY, "admin-1");
    assertThat(world.recordings.findById(started.recording().id()).orElseThrow().metadata())
        .containsEntry(Recording.STOPPED_BY, "admin-1")
        .containsEntry(Recording.STARTED_BY, "admin-1");
    assertThat(world.audit.entries())
        .extracting(entry -> entry.action())
        .containsExactly(AuditAction.RECORDING_STARTED, AuditAction.RECORDING_STOPPED);
    assertThat(world.audit.entries().get(1).recordingId())
        .isEqualTo(started.recording().id().value());
    assertThat(world.audit.entries().get(1).details())
        .containsEntry("status", stopped.recording().status().code());
  }

  @Test
  void givenAssetReadyAtStop_whenStopped_thenCompletedWithUrlDurationAndSize() {
    world.hms.assetsReadyAtStop(true);
    StartedRecording started = started();

    StoppedRecording stopped = world.stopService.stop(new StopRecordingCommand(ROOM, ACTOR));

    Recording stored = world.recordings.findById(started.recording().id()).orElseThrow();
    assertThat(stored.status()).isEqualTo(RecordingStatus.COMPLETED);
    assertThat(stored.assetId()).isEqualTo("asset_" + started.sessionRecording().id());
    assertThat(stored.durationSeconds()).isEqualTo(42);
    assertThat(stored.fileSizeBytes()).isEqualTo(2_048L);
    assertThat(stored.fileUrl()).startsWith("https://storage.example/");
    assertThat(stopped.recording().status()).isEqualTo(RecordingStatus.COMPLETED);
  }

  @Test
  void given100msReportsFailure_whenStopped_thenFailed() {
    world.hms.recordingsFailAtStop(true);
    started();

    StoppedRecording stopped = world.stopService.stop(new StopRecordingCommand(ROOM, ACTOR));

    assertThat(stopped.recording().status()).isEqualTo(RecordingStatus.FAILED);
    assertThat(stopped.recording().metadata()).containsKey(Recording.FAILURE_REASON);
  }

  @Test
  void givenAssetLookupFails_whenStopped_thenProcessing() {
    world.hms.assetsReadyAtStop(true);
    started();
    world.hms.failNext(
        Operation.PLAYBACK_URL, new SessionProviderUnavailableException("timeout", null));

    assertThat(world.stopService.stop(new StopRecordingCommand(ROOM, ACTOR)).recording().status())
        .isEqualTo(RecordingStatus.PROCESSING);
  }

  @Test
  void givenNothingActive_whenStopped_thenNoActiveRecording() {
    assertThatThrownBy(() -> world.stopService.stop(new StopRecordingCommand(ROOM, ACTOR)))
        .isInstanceOf(NoActiveRecordingException.class);
  }

  @Test
  void givenAlreadyStopped_whenStoppedAgain_thenNoActiveRecording() {
    started();
    world.stopService.stop(new StopRecordingCommand(ROOM, ACTOR));

    assertThatThrownBy(() -> world.stopService.stop(new StopRecordingCommand(ROOM, ACTOR)))
        .isInstanceOf(NoActiveRecordingException.class);
  }

  @Test
  void given100msAlreadyEndedTheRecording_whenStopped_thenProcessingForTheReconciler() {
    StartedRecording started = started();
    world.hms.failNext(Operation.STOP_ROOM, new NoRunningRecordingException("beam not found"));

    StoppedRecording stopped = world.stopService.stop(new StopRecordingCommand(ROOM, ACTOR));

    assertThat(stopped.recording().status()).isEqualTo(RecordingStatus.PROCESSING);
    assertThat(stopped.stoppedAtProvider()).isEmpty();
    assertThat(world.recordings.findById(started.recording().id()).orElseThrow().isActive())
        .isFalse();
  }

  @Test
  void given100msSaysBeamNotFoundWhileTheRecordingStillRuns_whenStopped_thenItIsStoppedByItsId() {
    StartedRecording started = started();
    world.hms.failNext(Operation.STOP_ROOM, new NoRunningRecordingException("beam not found"));

    StoppedRecording stopped = world.stopService.stop(new StopRecordingCommand(ROOM, ACTOR));

    assertThat(world.hms.runningIn(ROOM.value())).isEmpty();
    assertThat(stopped.recording().status()).isEqualTo(RecordingStatus.PROCESSING);
    assertThat(stopped.recording().metadata())
        .containsEntry(Recording.STOP_REASON, "client request");
    assertThat(world.recordings.findById(started.recording().id()).orElseThrow().isActive())
        .isFalse();
  }

  @Test
  void given100msUnavailable_whenStopped_thenFailsAndRecordingStaysActive() {
    StartedRecording started = started();
    world.hms.failNext(Operation.STOP_ROOM, new SessionProviderUnavailableException("503", null));

    assertThatThrownBy(() -> world.stopService.stop(new StopRecordingCommand(ROOM, ACTOR)))
        .isInstanceOf(RecordingStopFailedException.class);
    assertThat(world.recordings.findById(started.recording().id()).orElseThrow().isActive())
        .isTrue();
    assertThat(world.stopService.stop(new StopRecordingCommand(ROOM, ACTOR)).recording().isActive())
        .isFalse();
  }

  @Test
  void givenItsOwnWebhookStoredTheStopFirst_thenTheStopAnswersWithWhatIsStored() {
    StartedRecording started = started();
    Recording stoppedByWebhook =
        started.recording().stopReported("client request", world.clock.instant());
    world.hms.beforeNextStopRoom(() -> world.recordings.overwrite(stoppedByWebhook));

    StoppedRecording stopped = world.stopService.stop(new StopRecordingCommand(ROOM, ACTOR));

    assertThat(stopped.recording()).isEqualTo(stoppedByWebhook);
    assertThat(world.hms.runningIn(ROOM.value())).isEmpty();
  }

  @Test
  void givenAStartStillWaitingFor100ms_whenStopped_thenRefusedAndNothingIsStoppedThere() {
    Recording claim = Recording.begin(RecordingId.newId(), world.meeting, world.clock.instant());
    world.recordings.insertIfRoomIdle(claim);

    assertThatThrownBy(() -> world.stopService.stop(new StopRecordingCommand(ROOM, ACTOR)))
        .isInstanceOf(RecordingStillStartingException.class);
    assertThat(world.recordings.findById(claim.id())).contains(claim);
  }

  @Test
  void aCopyReadBeforeTheStartWasConfirmed_cannotEraseThe100msIds() {
    Recording claim = Recording.begin(RecordingId.newId(), world.meeting, world.clock.instant());
    world.recordings.insertIfRoomIdle(claim);
    world.recordings.update(
        claim.confirmStart("sess", "rec", world.clock.instant()), RecordingStatus.RECORDING);

    assertThat(
            world.recordings.update(claim.stop(world.clock.instant()), RecordingStatus.RECORDING))
        .isFalse();
    assertThat(world.recordings.findById(claim.id()).orElseThrow().hmsRecordingId())
        .isEqualTo("rec");
  }
}
