package br.com.gravacoes.application.service;

import br.com.gravacoes.application.port.out.PlaybackUrl;
import br.com.gravacoes.application.port.out.RecordingSessionPort;
import br.com.gravacoes.application.port.out.SessionAsset;
import br.com.gravacoes.application.port.out.SessionProviderException;
import br.com.gravacoes.application.port.out.SessionRecording;
import br.com.gravacoes.application.port.out.SessionRecordingStatus;
import br.com.gravacoes.domain.recording.Recording;
import br.com.gravacoes.domain.recording.RecordingAsset;
import br.com.gravacoes.domain.tenant.HmsCredentials;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.time.Instant;
import java.util.Optional;

/** Asks 100ms how a stopped recording ended and turns the answer into the next local state. */
final class RecordingOutcomeInspector {

  private static final Logger LOG = System.getLogger("gravacoes.recording");

  private final RecordingSessionPort sessions;

  RecordingOutcomeInspector(RecordingSessionPort sessions) {
    this.sessions = sessions;
  }

  /** The recording once 100ms stopped it: completed, failed, or processing while unknown. */
  Recording afterStop(HmsCredentials credentials, Recording active, Instant now) {
    if (!active.isStartConfirmed()) {
      return active.stop(now);
    }
    try {
      SessionRecording remote = sessions.getRecording(credentials, active.hmsRecordingId());
      if (remote.status() == SessionRecordingStatus.FAILED) {
        return active.fail("100ms: recording failed", now);
      }
      Optional<SessionAsset> video = remote.playableVideo();
      if (video.isPresent()) {
        PlaybackUrl url = sessions.playbackUrl(credentials, video.get().id());
        return active.complete(toAsset(video.get()), url.url(), now);
      }
    } catch (SessionProviderException notReady) {
      LOG.log(Level.DEBUG, "[Recording] 100ms não informou o asset: {0}", notReady.getMessage());
    }
    LOG.log(Level.INFO, "[Recording] Asset ainda não pronto, status: processing");
    return active.stop(now);
  }

  private static RecordingAsset toAsset(SessionAsset asset) {
    return new RecordingAsset(asset.id(), asset.durationSeconds(), asset.sizeBytes());
  }
}
