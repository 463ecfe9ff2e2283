package br.com.gravacoes.application.service;

import static br.com.gravacoes.application.port.in.ProviderEventType.READY;
import static br.com.gravacoes.application.testing.RecordingWorld.ACTOR;
import static br.com.gravacoes.application.testing.RecordingWorld.ROOM;
import static br.com.gravacoes.application.testing.RecordingWorld.TENANT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import br.com.gravacoes.application.port.in.Actor;
import br.com.gravacoes.application.port.in.PlaybackFailedException;
import br.com.gravacoes.application.port.in.RecordingNotFoundException;
import br.com.gravacoes.application.port.in.RecordingNotPlayableException;
import br.com.gravacoes.application.port.in.StartRecordingCommand;
import br.com.gravacoes.application.port.in.StopRecordingCommand;
import br.com.gravacoes.application.port.out.PlaybackUrl;
import br.com.gravacoes.application.port.out.SessionProviderUnavailableException;
import br.com.gravacoes.application.testing.Events;
import br.com.gravacoes.application.testing.FakeRecordingSessionPort.Operation;
import br.com.gravacoes.application.testing.RecordingWorld;
import br.com.gravacoes.domain.recording.Recording;
import br.com.gravacoes.domain.recording.RecordingId;
import br.com.gravacoes.domain.recording.RecordingStatus;
import br.com.gravacoes.domain.tenant.TenantId;
import org.junit.jupiter.api.Test;

class PlaybackAndRefreshTest {

  private final RecordingWorld world = new RecordingWorld();

  private Recording startedAndStopped() {
    Recording started =
        world.startService.start(new StartRecordingCommand(ROOM, ACTOR)).recording();
    world.stopService.stop(new StopRecordingCommand(ROOM, ACTOR));
    return started;
  }

  @Test
  void playbackMintsAFreshUrlAndKeepsItAsFileUrl() {
    world.hms.assetsReadyAtStop(true);
    Recording recording = startedAndStopped();

    PlaybackUrl url = world.playbackService.playback(TENANT, recording.id());

    assertThat(url.expiresAt()).isAfter(java.time.Instant.now());
    assertThat(world.recordings.findById(recording.id()).orElseThrow().fileUrl())
        .isEqualTo(url.url());
  }

  @Test
  void aRecordingCompletedByWebhook_learnsItsAssetIdOnFirstPlayback() {
    Recording recording = startedAndStopped();
    world.hms.finishProcessing(recording.hmsRecordingId());
    world.eventService.handle(Events.of(READY, recording));
    assertThat(world.recordings.findById(recording.id()).orElseThrow().assetId()).isNull();

    world.playbackService.playback(TENANT, recording.id());

    assertThat(world.recordings.findById(recording.id()).orElseThrow().assetId())
        .isEqualTo("asset_" + recording.hmsRecordingId());
  }

  @Test
  void onlyACompletedRecordingPlays() {
    Recording recording = startedAndStopped();

    assertThatThrownBy(() -> world.playbackService.playback(TENANT, recording.id()))
        .isInstanceOfSatisfying(
            RecordingNotPlayableException.class,
            e -> assertThat(e.status()).isEqualTo(RecordingStatus.PROCESSING));
    assertThatThrownBy(() -> world.playbackService.playback(TENANT, RecordingId.newId()))
        .isInstanceOf(RecordingNotFoundException.class);
  }

  @Test
  void when100msCannotMintTheUrl_playbackFailsWithTheReason() {
    world.hms.assetsReadyAtStop(true);
    Recording recording = startedAndStopped();
    world.hms.failNext(
        Operation.PLAYBACK_URL, new SessionProviderUnavailableException("timeout", null));

    assertThatThrownBy(() -> world.playbackService.playback(TENANT, recording.id()))
        .isInstanceOf(PlaybackFailedException.class)
        .hasMessage("timeout");
  }

  @Test
  void refreshReconcilesNowAndReturnsTheCompletedRecording() {
    Recording recording = startedAndStopped();
    world.hms.finishProcessing(recording.hmsRecordingId());

    Recording refreshed = world.refreshService.refresh(ACTOR, recording.id());

    assertThat(refreshed.status()).isEqualTo(RecordingStatus.COMPLETED);
    assertThat(refreshed.fileUrl()).isNotNull();
    assertThat(world.recordings.findById(recording.id())).contains(refreshed);
    assertThatThrownBy(() -> world.refreshService.refresh(ACTOR, RecordingId.newId()))
        .isInstanceOf(RecordingNotFoundException.class);
  }

  @Test
  void anotherTenantsRecording_doesNotExistForPlaybackOrRefresh_andARefreshIsAudited() {
    Recording started =
        world.startService.start(new StartRecordingCommand(ROOM, ACTOR)).recording();
    Actor intruder = new Actor("intruder", new TenantId("outra_empresa"), null);

    assertThatThrownBy(() -> world.refreshService.refresh(intruder, started.id()))
        .isInstanceOf(RecordingNotFoundException.class);
    assertThatThrownBy(() -> world.playbackService.playback(intruder.tenant(), started.id()))
        .isInstanceOf(RecordingNotFoundException.class);

    world.refreshService.refresh(ACTOR, started.id());
    assertThat(world.audit.entries())
        .extracting(entry -> entry.action())
        .containsExactly(
            br.com.gravacoes.application.port.out.AuditAction.RECORDING_STARTED,
            br.com.gravacoes.application.port.out.AuditAction.RECORDING_REFRESHED);
  }
}
