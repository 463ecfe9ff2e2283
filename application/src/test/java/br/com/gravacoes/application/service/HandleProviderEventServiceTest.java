package br.com.gravacoes.application.service;

import static br.com.gravacoes.application.port.in.ProviderEventType.FAILED;
import static br.com.gravacoes.application.port.in.ProviderEventType.OTHER;
import static br.com.gravacoes.application.port.in.ProviderEventType.READY;
import static br.com.gravacoes.application.port.in.ProviderEventType.STARTED;
import static br.com.gravacoes.application.port.in.ProviderEventType.STOPPED;
import static br.com.gravacoes.application.testing.RecordingWorld.ACTOR;
import static br.com.gravacoes.application.testing.RecordingWorld.ROOM;
import static org.assertj.core.api.Assertions.assertThat;

import br.com.gravacoes.application.port.in.EventOutcome;
import br.com.gravacoes.application.port.in.ProviderEvent;
import br.com.gravacoes.application.port.in.StartRecordingCommand;
import br.com.gravacoes.application.port.in.StopRecordingCommand;
import br.com.gravacoes.application.testing.Events;
import br.com.gravacoes.application.testing.RecordingWorld;
import br.com.gravacoes.domain.recording.Recording;
import br.com.gravacoes.domain.recording.RecordingId;
import br.com.gravacoes.domain.recording.RecordingStatus;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class HandleProviderEventServiceTest {

  private final RecordingWorld world = new RecordingWorld();
  private final Recording started =
      world.startService.start(new StartRecordingCommand(ROOM, ACTOR)).recording();

  private Recording stored() {
    return world.recordings.findById(started.id()).orElseThrow();
  }

  @Test
  void aReadyEventCompletesTheRecordingWithItsVideo() {
    assertThat(world.eventService.handle(Events.of(READY, started)))
        .isEqualTo(EventOutcome.APPLIED);

    Recording completed = stored();
    assertThat(completed.status()).isEqualTo(RecordingStatus.COMPLETED);
    assertThat(completed.fileUrl()).isEqualTo("https://signed/" + started.hmsRecordingId());
    assertThat(completed.durationSeconds()).isEqualTo(61);
    assertThat(completed.fileSizeBytes()).isEqualTo(4_096L);
    assertThat(completed.metadata()).containsKey(Recording.RECORDING_PATH);
  }

  @Test
  void aStoppedEventMovesToProcessingAndKeepsTheReason() {
    world.eventService.handle(Events.of(STOPPED, started));

    assertThat(stored().status()).isEqualTo(RecordingStatus.PROCESSING);
    assertThat(stored().metadata()).containsEntry(Recording.STOP_REASON, "client request");
  }

  @Test
  void aFailureEventFailsTheRecordingWithTheErrorType() {
    world.eventService.handle(Events.of(FAILED, started));

    assertThat(stored().status()).isEqualTo(RecordingStatus.FAILED);
    assertThat(stored().metadata()).containsEntry(Recording.ERROR_TYPE, "UPLOAD_ERROR");
  }

  @Test
  void theSameEventTwice_orReplayed_changesNothingTheSecondTime() {
    ProviderEvent stop = Events.of(STOPPED, started);
    world.eventService.handle(stop);
    Recording afterFirst = stored();
    world.clock.advance(Duration.ofSeconds(30));

    assertThat(world.eventService.handle(stop)).isEqualTo(EventOutcome.DUPLICATE);
    assertThat(world.eventService.handle(Events.replayOf(stop))).isEqualTo(EventOutcome.DUPLICATE);
    assertThat(stored()).isEqualTo(afterFirst);
  }

  @Test
  void lateEventsNeverMoveACompletedRecordingBack() {
    world.eventService.handle(Events.of(READY, started));
    Recording completed = stored();

    assertThat(world.eventService.handle(Events.of(STOPPED, started)))
        .isEqualTo(EventOutcome.IGNORED);
    assertThat(world.eventService.handle(Events.of(STARTED, started)))
        .isEqualTo(EventOutcome.IGNORED);
    assertThat(world.eventService.handle(Events.of(FAILED, started)))
        .isEqualTo(EventOutcome.IGNORED);
    assertThat(stored()).isEqualTo(completed);
  }

  @Test
  void withoutARecordingId_theRoomAndSessionFindTheRecording() {
    world.eventService.handle(Events.withoutRecordingId(Events.of(STOPPED, started)));

    assertThat(stored().status()).isEqualTo(RecordingStatus.PROCESSING);
  }

  @Test
  void anEventForNoKnownRecording_isKeptAndAppliedOnceTheRecordingExists() {
    world.stopService.stop(new StopRecordingCommand(ROOM, ACTOR));
    Recording claim = Recording.begin(RecordingId.newId(), world.meeting, world.clock.instant());
    world.recordings.insertIfRoomIdle(claim);
    Recording confirmed = claim.confirmStart("sess_late", "rec_late", world.clock.instant());
    ProviderEvent early = Events.of(STOPPED, confirmed);

    assertThat(world.eventService.handle(early)).isEqualTo(EventOutcome.UNMATCHED);
    assertThat(world.events.pending(world.clock.instant().minusSeconds(60), 10)).contains(early);

    world.recordings.update(confirmed, RecordingStatus.RECORDING);
    world.reconcileService.reconcileDue();

    assertThat(world.recordings.findById(claim.id()).orElseThrow().status())
        .isEqualTo(RecordingStatus.PROCESSING);
    assertThat(world.events.outcomeOf(early.id())).isEqualTo(EventOutcome.APPLIED);
  }

  @Test
  void anEventThatNeverMatches_isGivenUpAfterTheRetryWindow() {
    Recording nobody = started.confirmStart("sess_x", "rec_never", world.clock.instant());
    ProviderEvent orphan = Events.withoutRecordingId(Events.of(STOPPED, nobody));
    ProviderEvent lost =
        new ProviderEvent(
            orphan.id(),
            orphan.type(),
            orphan.providerType(),
            "rec_never",
            "room_other",
            "sess_x",
            null,
            false,
            null,
            null,
            null,
            null,
            null,
            null,
            null);
    world.eventService.handle(lost);

    world.clock.advance(world.policy.eventRetryWindow().plusSeconds(1));
    world.reconcileService.reconcileDue();

    assertThat(world.events.outcomeOf(lost.id())).isEqualTo(EventOutcome.UNMATCHED);
    assertThat(world.events.pending(java.time.Instant.EPOCH, 10)).isEmpty();
  }

  @Test
  void otherEventTypesAreAcknowledgedAndIgnored() {
    assertThat(world.eventService.handle(Events.of(OTHER, started)))
        .isEqualTo(EventOutcome.IGNORED);
    assertThat(stored()).isEqualTo(started);
  }
}
