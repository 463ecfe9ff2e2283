package br.com.gravacoes.application.service;

import static br.com.gravacoes.application.testing.RecordingWorld.ACTOR;
import static br.com.gravacoes.application.testing.RecordingWorld.ROOM;
import static org.assertj.core.api.Assertions.assertThat;

import br.com.gravacoes.application.port.in.ReconcileReport;
import br.com.gravacoes.application.port.in.StartRecordingCommand;
import br.com.gravacoes.application.port.in.StopRecordingCommand;
import br.com.gravacoes.application.port.out.NoRunningRecordingException;
import br.com.gravacoes.application.port.out.SessionProviderUnavailableException;
import br.com.gravacoes.application.testing.FakeRecordingSessionPort.Operation;
import br.com.gravacoes.application.testing.RecordingWorld;
import br.com.gravacoes.domain.meeting.Meeting;
import br.com.gravacoes.domain.meeting.MeetingId;
import br.com.gravacoes.domain.meeting.RoomId;
import br.com.gravacoes.domain.recording.Recording;
import br.com.gravacoes.domain.recording.RecordingId;
import br.com.gravacoes.domain.recording.RecordingStatus;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class ReconcileRecordingsServiceTest {

  private final RecordingWorld world = new RecordingWorld();

  private Recording stored(RecordingId id) {
    return world.recordings.findById(id).orElseThrow();
  }

  private Recording startedAndStopped() {
    Recording started =
        world.startService.start(new StartRecordingCommand(ROOM, ACTOR)).recording();
    world.stopService.stop(new StopRecordingCommand(ROOM, ACTOR));
    return started;
  }

  @Test
  void aProcessingRecordingCompletesOnce100msHasTheVideo_withoutAnyWebhook() {
    Recording recording = startedAndStopped();
    world.reconcileService.reconcileDue();
    assertThat(stored(recording.id()).status()).isEqualTo(RecordingStatus.PROCESSING);

    world.hms.finishProcessing(recording.hmsRecordingId());
    world.clock.advance(Duration.ofSeconds(5));
    ReconcileReport report = world.reconcileService.reconcileDue();

    Recording completed = stored(recording.id());
    assertThat(report.changed()).isEqualTo(1);
    assertThat(completed.status()).isEqualTo(RecordingStatus.COMPLETED);
    assertThat(completed.assetId()).isEqualTo("asset_" + recording.hmsRecordingId());
    assertThat(completed.fileUrl()).isNotNull();
    assertThat(world.schedule.nextCheckOf(recording.id())).isNull();
  }

  @Test
  void checksOfAProcessingRecordingBackOff() {
    Recording recording = startedAndStopped();
    var start = world.clock.instant();

    world.reconcileService.reconcileDue();
    assertThat(world.schedule.nextCheckOf(recording.id())).isEqualTo(start.plusSeconds(5));
    assertThat(world.reconcileService.reconcileDue().checked()).isZero();

    world.clock.advance(Duration.ofSeconds(5));
    world.reconcileService.reconcileDue();
    assertThat(world.schedule.nextCheckOf(recording.id())).isEqualTo(start.plusSeconds(15));
  }

  @Test
  void anActiveRecordingThat100msEndedByItself_isStoppedThenCompleted() {
    Recording recording =
        world.startService.start(new StartRecordingCommand(ROOM, ACTOR)).recording();
    world.hms.endSession(ROOM.value());
    assertThat(world.reconcileService.reconcileDue().checked()).isZero();

    world.clock.advance(Duration.ofMinutes(5));
    world.reconcileService.reconcileDue();
    assertThat(stored(recording.id()).status()).isEqualTo(RecordingStatus.PROCESSING);
    assertThat(stored(recording.id()).metadata())
        .containsKey(Recording.STOP_REASON)
        .containsEntry(Recording.STOPPED_BY, "fake-user");

    world.hms.finishProcessing(recording.hmsRecordingId());
    world.clock.advance(Duration.ofMinutes(1));
    world.reconcileService.reconcileDue();
    assertThat(stored(recording.id()).status()).isEqualTo(RecordingStatus.COMPLETED);
  }

  @Test
  void aRecordingStoppedHereThat100msStillRuns_isStoppedThereAgain_thenCompleted() {
    Recording recording =
        world.startService.start(new StartRecordingCommand(ROOM, ACTOR)).recording();
    world.hms.failNext(Operation.STOP_ROOM, new NoRunningRecordingException("beam not found"));
    world.hms.failNext(Operation.STOP_RECORDING, new NoRunningRecordingException("beam not found"));
    world.stopService.stop(new StopRecordingCommand(ROOM, ACTOR));
    assertThat(world.hms.runningIn(ROOM.value())).hasSize(1);

    world.reconcileService.reconcileDue();

    assertThat(world.hms.runningIn(ROOM.value())).isEmpty();
    world.hms.finishProcessing(recording.hmsRecordingId());
    world.clock.advance(Duration.ofMinutes(1));
    world.reconcileService.reconcileDue();
    assertThat(stored(recording.id()).status()).isEqualTo(RecordingStatus.COMPLETED);
  }

  @Test
  void when100msIsDown_theRecordingIsUnchangedAndTriedAgainLater() {
    Recording recording = startedAndStopped();
    world.hms.failNext(
        Operation.GET_RECORDING,
        new SessionProviderUnavailableException("O 100ms respondeu 503", null));

    world.reconcileService.reconcileDue();

    assertThat(stored(recording.id()).status()).isEqualTo(RecordingStatus.PROCESSING);
    assertThat(world.schedule.lastErrorOf(recording.id())).contains("503");
    assertThat(world.schedule.nextCheckOf(recording.id())).isAfter(world.clock.instant());
  }

  @Test
  void aClaimWhoseStartDied_isAdoptedIf100msRecords_andRemovedOtherwise() {
    Recording adoptedClaim =
        Recording.begin(RecordingId.newId(), world.meeting, world.clock.instant());
    world.recordings.insertIfRoomIdle(adoptedClaim);
    var running = world.hms.startElsewhere(RecordingWorld.CREDENTIALS, ROOM);

    world.clock.advance(Duration.ofMinutes(5));
    world.reconcileService.reconcileDue();
    assertThat(stored(adoptedClaim.id()).hmsRecordingId()).isEqualTo(running.id());

    world.stopService.stop(new StopRecordingCommand(ROOM, ACTOR));
    Recording deadClaim =
        Recording.begin(RecordingId.newId(), world.meeting, world.clock.instant());
    world.recordings.insertIfRoomIdle(deadClaim);
    world.clock.advance(Duration.ofMinutes(5));
    world.reconcileService.reconcileDue();
    assertThat(world.recordings.findById(deadClaim.id())).isEmpty();
  }

  @Test
  void recordingsWhoseLeaseRanOutMidPass_areLeftUntouched() {
    world.hms.assetsReadyAtStop(false);
    Recording slow = startedAndStopped();
    world.meetings.save(
        new Meeting(MeetingId.newId(), RecordingWorld.TENANT, new RoomId("room_two"), "Outra"));
    world.hms.addApp(RecordingWorld.CREDENTIALS, "room_two");
    Recording other =
        world
            .startService
            .start(new StartRecordingCommand(new RoomId("room_two"), ACTOR))
            .recording();
    world.stopService.stop(new StopRecordingCommand(new RoomId("room_two"), ACTOR));
    world.hms.finishProcessing(slow.hmsRecordingId());
    world.hms.finishProcessing(other.hmsRecordingId());
    // The first 100ms call of the pass takes longer than the whole lease.
    world.hms.beforeNextGetRecording(() -> world.clock.advance(world.policy.lease()));

    ReconcileReport report = world.reconcileService.reconcileDue();

    assertThat(report.checked()).isEqualTo(2);
    assertThat(world.recordings.all())
        .filteredOn(r -> r.status() == RecordingStatus.COMPLETED)
        .hasSize(1);
    assertThat(world.recordings.all())
        .filteredOn(r -> r.status() == RecordingStatus.PROCESSING)
        .hasSize(1);
  }

  @Test
  void aClaimedRecordingIsNotClaimedAgainWhileLeased() {
    startedAndStopped();
    var schedule = world.schedule;
    var now = world.clock.instant();

    assertThat(
            schedule.claimDue(
                now, 10, Duration.ofMinutes(1), Duration.ofMinutes(5), Duration.ofMinutes(2)))
        .hasSize(1);
    assertThat(
            schedule.claimDue(
                now, 10, Duration.ofMinutes(1), Duration.ofMinutes(5), Duration.ofMinutes(2)))
        .isEmpty();
    assertThat(
            schedule.claimDue(
                now.plusSeconds(61),
                10,
                Duration.ofMinutes(1),
                Duration.ofMinutes(5),
                Duration.ofMinutes(2)))
        .hasSize(1);
  }
}
