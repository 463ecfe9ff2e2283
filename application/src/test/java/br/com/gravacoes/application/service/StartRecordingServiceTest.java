package br.com.gravacoes.application.service;

import static br.com.gravacoes.application.testing.RecordingWorld.ACTOR;
import static br.com.gravacoes.application.testing.RecordingWorld.CREDENTIALS;
import static br.com.gravacoes.application.testing.RecordingWorld.ROOM;
import static br.com.gravacoes.application.testing.RecordingWorld.TENANT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import br.com.gravacoes.application.port.in.Actor;
import br.com.gravacoes.application.port.in.HmsCredentialsMissingException;
import br.com.gravacoes.application.port.in.MeetingNotFoundException;
import br.com.gravacoes.application.port.in.RecordingAlreadyActiveException;
import br.com.gravacoes.application.port.in.RecordingStartFailedException;
import br.com.gravacoes.application.port.in.StartRecordingCommand;
import br.com.gravacoes.application.port.in.StartedRecording;
import br.com.gravacoes.application.port.in.StopRecordingCommand;
import br.com.gravacoes.application.port.out.AuditAction;
import br.com.gravacoes.application.port.out.AuditCursor;
import br.com.gravacoes.application.port.out.AuditEntry;
import br.com.gravacoes.application.port.out.AuditTrail;
import br.com.gravacoes.application.port.out.NoRunningRecordingException;
import br.com.gravacoes.application.port.out.SessionProviderRejectedException;
import br.com.gravacoes.application.port.out.SessionProviderTimeoutException;
import br.com.gravacoes.application.port.out.SessionProviderUnavailableException;
import br.com.gravacoes.application.port.out.SessionRecording;
import br.com.gravacoes.application.port.out.StoredAuditEntry;
import br.com.gravacoes.application.testing.FakeRecordingSessionPort.Operation;
import br.com.gravacoes.application.testing.RecordingWorld;
import br.com.gravacoes.domain.meeting.Meeting;
import br.com.gravacoes.domain.meeting.MeetingId;
import br.com.gravacoes.domain.meeting.RoomId;
import br.com.gravacoes.domain.recording.Recording;
import br.com.gravacoes.domain.recording.RecordingStatus;
import br.com.gravacoes.domain.tenant.TenantId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class StartRecordingServiceTest {

  private final RecordingWorld world = new RecordingWorld();

  @Test
  void givenIdleRoom_whenStarted_thenRecordingIsStoredWithThe100msIds() {
    StartedRecording started = world.startService.start(new StartRecordingCommand(ROOM, ACTOR));

    Recording stored = world.recordings.findById(started.recording().id()).orElseThrow();
    assertThat(stored.status()).isEqualTo(RecordingStatus.RECORDING);
    assertThat(stored.hmsRecordingId()).isEqualTo(started.sessionRecording().id());
    assertThat(stored.hmsSessionId()).isEqualTo(started.sessionRecording().sessionId());
    assertThat(stored.meetingId()).isEqualTo(world.meeting.id());
    assertThat(stored.tenantId()).isEqualTo(world.meeting.tenantId());
    assertThat(stored.startedAt()).isNotNull();
    assertThat(world.hms.runningIn(ROOM.value())).hasSize(1);
  }

  @Test
  void givenUnknownRoom_thenMeetingNotFound_andNothingHappensAt100ms() {
    assertThatThrownBy(
            () -> world.startService.start(new StartRecordingCommand(new RoomId("nope"), ACTOR)))
        .isInstanceOf(MeetingNotFoundException.class);
    assertThat(world.hms.startsAccepted()).isZero();
    assertThat(world.recordings.all()).isEmpty();
  }

  @Test
  void givenTenantWithoutCredentials_thenCredentialsMissing() {
    RoomId otherRoom = new RoomId("room_other");
    TenantId noCredentials = new TenantId("no_creds");
    world.meetings.save(new Meeting(MeetingId.newId(), noCredentials, otherRoom, "x"));
    Actor itsAdmin = new Actor("admin-2", noCredentials, null);

    assertThatThrownBy(
            () -> world.startService.start(new StartRecordingCommand(otherRoom, itsAdmin)))
        .isInstanceOf(HmsCredentialsMissingException.class);
    assertThat(world.recordings.all()).isEmpty();
  }

  @Test
  void givenAnotherTenantsRoom_thenItsMeetingDoesNotExistForTheCaller() {
    Actor otherTenantsAdmin = new Actor("intruder", new TenantId("outra_empresa"), null);

    assertThatThrownBy(
            () -> world.startService.start(new StartRecordingCommand(ROOM, otherTenantsAdmin)))
        .isInstanceOf(MeetingNotFoundException.class);
    assertThatThrownBy(
            () -> world.stopService.stop(new StopRecordingCommand(ROOM, otherTenantsAdmin)))
        .isInstanceOf(MeetingNotFoundException.class);
    assertThat(world.hms.startsAccepted()).isZero();
    assertThat(world.recordings.all()).isEmpty();
    assertThat(world.audit.entries()).isEmpty();
  }

  @Test
  void aFailingAuditTrail_doesNotTurnAStartThatHappenedIntoAnError() {
    AuditTrail broken =
        new AuditTrail() {
          @Override
          public void record(AuditEntry entry) {
            throw new IllegalStateException("pool esgotado");
          }

          @Override
          public List<StoredAuditEntry> recent(
              TenantId tenant, Optional<AuditCursor> before, int limit) {
            return List.of();
          }
        };
    StartRecordingService start =
        new StartRecordingService(
            world.meetings,
            world.credentials,
            world.recordings,
            world.hms,
            broken,
            world.metrics,
            world.clock);

    StartedRecording started = start.start(new StartRecordingCommand(ROOM, ACTOR));

    assertThat(started.recording().isStartConfirmed()).isTrue();
    assertThat(world.hms.startsAccepted()).isEqualTo(1);
  }

  @Test
  void aStartIsAudited_andTheRecordingKeepsWhoStartedIt() {
    StartedRecording started = world.startService.start(new StartRecordingCommand(ROOM, ACTOR));

    assertThat(started.recording().metadata()).containsEntry(Recording.STARTED_BY, "admin-1");
    assertThat(world.audit.entries())
        .singleElement()
        .satisfies(
            entry -> {
              assertThat(entry.tenant()).isEqualTo(TENANT);
              assertThat(entry.userId()).isEqualTo("admin-1");
              assertThat(entry.action()).isEqualTo(AuditAction.RECORDING_STARTED);
              assertThat(entry.recordingId()).isEqualTo(started.recording().id().value());
              assertThat(entry.meetingId()).isEqualTo(world.meeting.id().value());
              assertThat(entry.address()).isEqualTo("203.0.113.7");
              assertThat(entry.details()).containsEntry("roomId", ROOM.value());
            });
  }

  @Test
  void givenActiveRecording_whenStartedAgain_thenRefusedWithTheCurrentOne() {
    StartedRecording first = world.startService.start(new StartRecordingCommand(ROOM, ACTOR));

    assertThatThrownBy(() -> world.startService.start(new StartRecordingCommand(ROOM, ACTOR)))
        .isInstanceOfSatisfying(
            RecordingAlreadyActiveException.class,
            e -> assertThat(e.current()).contains(first.recording()));
    assertThat(world.hms.startsAccepted()).isEqualTo(1);
  }

  @Test
  void givenTwentyConcurrentStarts_thenExactlyOneRecordingAndOneStartAt100ms() throws Exception {
    int clients = 20;
    ExecutorService pool = Executors.newFixedThreadPool(clients);
    CountDownLatch go = new CountDownLatch(1);
    List<Future<StartedRecording>> results = new ArrayList<>();
    for (int i = 0; i < clients; i++) {
      Callable<StartedRecording> call =
          () -> {
            go.await();
            return world.startService.start(new StartRecordingCommand(ROOM, ACTOR));
          };
      results.add(pool.submit(call));
    }
    go.countDown();
    int won = 0;
    int refused = 0;
    for (Future<StartedRecording> result : results) {
      try {
        result.get();
        won++;
      } catch (java.util.concurrent.ExecutionException e) {
        assertThat(e.getCause()).isInstanceOf(RecordingAlreadyActiveException.class);
        refused++;
      }
    }
    pool.shutdown();

    assertThat(won).isEqualTo(1);
    assertThat(refused).isEqualTo(clients - 1);
    assertThat(world.recordings.all()).hasSize(1);
    assertThat(world.hms.startsAccepted()).isEqualTo(1);
  }

  @Test
  void givenARecordingStoppedHereStillRunsAt100ms_whenStarted_thenItIsStoppedAndANewOneStarts() {
    StartedRecording first = world.startService.start(new StartRecordingCommand(ROOM, ACTOR));
    // 100ms loses the stop: the row is no longer active, but 100ms still records the room.
    world.hms.failNext(Operation.STOP_ROOM, new NoRunningRecordingException("beam not found"));
    world.hms.failNext(Operation.STOP_RECORDING, new NoRunningRecordingException("beam not found"));
    world.stopService.stop(new StopRecordingCommand(ROOM, ACTOR));
    assertThat(world.hms.runningIn(ROOM.value())).hasSize(1);

    StartedRecording second = world.startService.start(new StartRecordingCommand(ROOM, ACTOR));

    String firstId = first.sessionRecording().id();
    assertThat(second.sessionRecording().id()).isNotEqualTo(firstId);
    assertThat(world.hms.runningIn(ROOM.value()))
        .extracting(SessionRecording::id)
        .containsExactly(second.sessionRecording().id());
    assertThat(world.recordings.findByHmsRecordingId(firstId).orElseThrow().id())
        .isEqualTo(first.recording().id());
    assertThat(world.recordings.findActiveByRoom(ROOM).orElseThrow().hmsRecordingId())
        .isEqualTo(second.sessionRecording().id());
  }

  @Test
  void given100msAlreadyRecordsTheRoom_whenStarted_thenThatRecordingIsAdopted() {
    SessionRecording elsewhere = world.hms.startElsewhere(CREDENTIALS, ROOM);

    StartedRecording started = world.startService.start(new StartRecordingCommand(ROOM, ACTOR));

    assertThat(started.recording().hmsRecordingId()).isEqualTo(elsewhere.id());
    assertThat(world.hms.runningIn(ROOM.value())).hasSize(1);
    assertThat(world.recordings.findActiveByRoom(ROOM)).isPresent();
  }

  @Test
  void given100msUnavailable_whenStarted_thenFailsAndNoRowIsLeftRecording() {
    world.hms.failNext(
        Operation.START, new SessionProviderUnavailableException("100ms indisponível", null));

    assertThatThrownBy(() -> world.startService.start(new StartRecordingCommand(ROOM, ACTOR)))
        .isInstanceOf(RecordingStartFailedException.class)
        .hasMessageContaining("100ms indisponível");
    assertThat(world.recordings.all()).isEmpty();
    assertThat(
            world.startService.start(new StartRecordingCommand(ROOM, ACTOR)).recording().isActive())
        .isTrue();
  }

  @Test
  void givenAStartTimeout_butThe100msRecordingRuns_thenTheClaimIsKeptAndLaterAdopted() {
    world.hms.loseNextStartAnswer(
        new SessionProviderTimeoutException("O 100ms não respondeu a tempo", null));

    assertThatThrownBy(() -> world.startService.start(new StartRecordingCommand(ROOM, ACTOR)))
        .isInstanceOf(RecordingStartFailedException.class)
        .hasMessageContaining("confirmada ou descartada automaticamente");
    Recording claim = world.recordings.findActiveByRoom(ROOM).orElseThrow();
    assertThat(claim.isStartConfirmed()).isFalse();

    world.clock.advance(world.policy.abandonedClaimAfter());
    world.reconcileService.reconcileDue();

    assertThat(world.recordings.findById(claim.id()).orElseThrow().hmsRecordingId())
        .isEqualTo(world.hms.runningIn(ROOM.value()).get(0).id());
  }

  @Test
  void givenAStartTimeout_andNothingRunsAt100ms_thenTheClaimIsLaterRemoved() {
    world.hms.failNext(Operation.START, new SessionProviderTimeoutException("timeout", null));

    assertThatThrownBy(() -> world.startService.start(new StartRecordingCommand(ROOM, ACTOR)))
        .isInstanceOf(RecordingStartFailedException.class);
    world.clock.advance(world.policy.abandonedClaimAfter());
    world.reconcileService.reconcileDue();

    assertThat(world.recordings.all()).isEmpty();
  }

  @Test
  void givenAMalformed100msAnswer_thenTheClaimIsReleased() {
    world.hms.breakNextStart(new NullPointerException("recording id"));

    assertThatThrownBy(() -> world.startService.start(new StartRecordingCommand(ROOM, ACTOR)))
        .isInstanceOf(NullPointerException.class);
    assertThat(world.recordings.all()).isEmpty();
  }

  @Test
  void given100msRejectsTheCredentials_whenStarted_thenFailsAndNoRowIsLeft() {
    world.hms.failNext(
        Operation.START, new SessionProviderRejectedException(401, "Token validation error"));

    assertThatThrownBy(() -> world.startService.start(new StartRecordingCommand(ROOM, ACTOR)))
        .isInstanceOf(RecordingStartFailedException.class);
    assertThat(world.recordings.all()).isEmpty();
  }

  @Test
  void givenStoringFailsAfter100msStarted_thenThe100msRecordingIsStoppedAndNoRowIsLeft() {
    world.recordings.failNextUpdates(1);

    assertThatThrownBy(() -> world.startService.start(new StartRecordingCommand(ROOM, ACTOR)))
        .isInstanceOf(IllegalStateException.class);
    assertThat(world.hms.runningIn(ROOM.value())).isEmpty();
    assertThat(world.recordings.all()).isEmpty();
  }

  @Test
  void givenAdoptionLookupFails_thenNoRowIsLeft() {
    world.hms.startElsewhere(CREDENTIALS, ROOM);
    world.hms.failNext(
        Operation.FIND_RUNNING, new SessionProviderUnavailableException("timeout", null));

    assertThatThrownBy(() -> world.startService.start(new StartRecordingCommand(ROOM, ACTOR)))
        .isInstanceOf(RecordingStartFailedException.class);
    assertThat(world.recordings.all()).isEmpty();
  }

  @Test
  void givenStopped_whenStartedAgain_thenANewRecordingBegins() {
    StartedRecording first = world.startService.start(new StartRecordingCommand(ROOM, ACTOR));
    world.stopService.stop(new StopRecordingCommand(ROOM, ACTOR));

    StartedRecording second = world.startService.start(new StartRecordingCommand(ROOM, ACTOR));

    assertThat(second.recording().id()).isNotEqualTo(first.recording().id());
    assertThat(world.recordings.all()).hasSize(2);
  }
}
