package br.com.gravacoes.application.service;

import static br.com.gravacoes.application.testing.RecordingWorld.ACTOR;
import static br.com.gravacoes.application.testing.RecordingWorld.ROOM;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import br.com.gravacoes.application.port.in.ProviderEventType;
import br.com.gravacoes.application.port.in.RecordingStartFailedException;
import br.com.gravacoes.application.port.in.StartRecordingCommand;
import br.com.gravacoes.application.port.in.StopRecordingCommand;
import br.com.gravacoes.application.port.out.SessionProviderUnavailableException;
import br.com.gravacoes.application.testing.Events;
import br.com.gravacoes.application.testing.FakeRecordingSessionPort.Operation;
import br.com.gravacoes.application.testing.RecordingWorld;
import br.com.gravacoes.domain.recording.Recording;
import br.com.gravacoes.domain.recording.RecordingId;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class LifecycleMetricsTest {

  private final RecordingWorld world = new RecordingWorld();

  @Test
  void aStartAndAStop_areCountedOnceEach() {
    world.startService.start(new StartRecordingCommand(ROOM, ACTOR));
    world.stopService.stop(new StopRecordingCommand(ROOM, ACTOR));

    assertThat(world.metrics.startedCount()).isEqualTo(1);
    assertThat(world.metrics.stoppedCount()).isEqualTo(1);
    assertThat(world.metrics.failedCount()).isZero();
  }

  @Test
  void aStartThat100msRefused_isNotCounted() {
    world.hms.failNext(
        Operation.START, new SessionProviderUnavailableException("100ms indisponível", null));

    assertThatThrownBy(() -> world.startService.start(new StartRecordingCommand(ROOM, ACTOR)))
        .isInstanceOf(RecordingStartFailedException.class);

    assertThat(world.metrics.startedCount()).isZero();
  }

  @Test
  void aStopThatFoundTheRecordingFailed_countsAStopAndAFailure() {
    world.hms.recordingsFailAtStop(true);
    world.startService.start(new StartRecordingCommand(ROOM, ACTOR));

    world.stopService.stop(new StopRecordingCommand(ROOM, ACTOR));

    assertThat(world.metrics.stoppedCount()).isEqualTo(1);
    assertThat(world.metrics.failedCount()).isEqualTo(1);
  }

  @Test
  void aFailureEvent_isCountedOnce_evenWhenRedelivered() {
    Recording started =
        world.startService.start(new StartRecordingCommand(ROOM, ACTOR)).recording();
    var failure = Events.of(ProviderEventType.FAILED, started);

    world.eventService.handle(failure);
    world.eventService.handle(failure);
    world.eventService.handle(Events.of(ProviderEventType.FAILED, started));

    assertThat(world.metrics.failedCount()).isEqualTo(1);
    assertThat(world.metrics.stoppedCount()).isEqualTo(1);
  }

  @Test
  void aClaimTheReconcilerAdopts_countsAsAStart() {
    Recording claim = Recording.begin(RecordingId.newId(), world.meeting, world.clock.instant());
    world.recordings.insertIfRoomIdle(claim);
    world.hms.startElsewhere(RecordingWorld.CREDENTIALS, ROOM);
    world.clock.advance(Duration.ofMinutes(5));

    world.reconcileService.reconcileDue();

    assertThat(world.metrics.startedCount()).isEqualTo(1);
    assertThat(world.metrics.stoppedCount()).isZero();
  }
}
