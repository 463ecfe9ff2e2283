package br.com.gravacoes.application.service;

import br.com.gravacoes.application.port.out.NoRunningRecordingException;
import br.com.gravacoes.application.port.out.RecordingSessionPort;
import br.com.gravacoes.application.port.out.SessionAsset;
import br.com.gravacoes.application.port.out.SessionRecording;
import br.com.gravacoes.domain.recording.Recording;
import br.com.gravacoes.domain.recording.RecordingAsset;
import br.com.gravacoes.domain.tenant.HmsCredentials;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.time.Instant;

/**
 * Asks 100ms how a recording stands and turns the answer into the recording's next state (the same
 * recording when nothing changed). May throw the port's provider exceptions.
 */
final class ProviderStateReader {

  private static final Logger LOG = System.getLogger("gravacoes.reconcile");

  static final String STOPPED_BY_100MS = "encerrada pelo 100ms";

  private final RecordingSessionPort sessions;

  ProviderStateReader(RecordingSessionPort sessions) {
    this.sessions = sessions;
  }

  Recording next(HmsCredentials credentials, Recording recording, Instant now) {
    if (recording.status().isTerminal() || !recording.isStartConfirmed()) {
      return recording;
    }
    SessionRecording remote = sessions.getRecording(credentials, recording.hmsRecordingId());
    return switch (remote.status()) {
      case STARTING, RUNNING ->
          recording.isActive() ? recording : stopStillRunning(credentials, recording);
      case UNKNOWN -> recording;
      case STOPPING, POST_PROCESSING ->
          recording.isActive()
              ? recording.stopReported(STOPPED_BY_100MS, remote.stoppedBy(), now)
              : recording;
      case FAILED -> recording.fail("100MS_FAILED", "O 100ms informou falha na gravação", now);
      case COMPLETED ->
          remote
              .playableVideo()
              .map(video -> complete(credentials, recording, video, now))
              // Completed without a video yet: its assets may still be on their way, so keep
              // looking rather than fail for good.
              .orElseGet(
                  () ->
                      recording.isActive()
                          ? recording.stopReported(STOPPED_BY_100MS, remote.stoppedBy(), now)
                          : recording);
    };
  }

  /**
   * A recording stopped here that 100ms still runs (its stop got lost there, or 100ms answered
   * "beam not found" too early) is stopped again: else it records alone until 100ms's 4 h limit and
   * stays {@code processing} all that time. The next look finds it post-processing.
   */
  private Recording stopStillRunning(HmsCredentials credentials, Recording recording) {
    LOG.log(
        Level.WARNING,
        "[Reconcile] Gravação {0} parada aqui ainda rodava no 100ms: parando de novo",
        recording.id());
    try {
      sessions.stopRecording(credentials, recording.hmsRecordingId());
    } catch (NoRunningRecordingException stoppedMeanwhile) {
      // Ended between the two calls: the next look sees it post-processing.
    }
    return recording;
  }

  private Recording complete(
      HmsCredentials credentials, Recording recording, SessionAsset video, Instant now) {
    String url = sessions.playbackUrl(credentials, video.id()).url();
    RecordingAsset asset =
        new RecordingAsset(video.id(), video.path(), video.durationSeconds(), video.sizeBytes());
    return recording.complete(asset, url, now);
  }
}
