package br.com.gravacoes.application.service;

import br.com.gravacoes.application.port.out.RecordingSessionPort;
import br.com.gravacoes.application.port.out.SessionProviderException;
import br.com.gravacoes.domain.recording.Recording;
import br.com.gravacoes.domain.tenant.HmsCredentials;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.time.Instant;

/** Right after a stop, asks 100ms once for the video, as the seed does. */
final class RecordingOutcomeInspector {

  private static final Logger LOG = System.getLogger("gravacoes.recording");

  private final ProviderStateReader reader;

  RecordingOutcomeInspector(RecordingSessionPort sessions) {
    this.reader = new ProviderStateReader(sessions);
  }

  /** The reason 100ms gives for a stop we asked for; kept as the recording's stop reason. */
  static final String CLIENT_REQUEST = "client request";

  /**
   * The recording once 100ms stopped it: completed, failed, or processing while unknown. {@code
   * stoppedHere} says whether our request stopped it (else it had already ended at 100ms).
   */
  Recording afterStop(
      HmsCredentials credentials, Recording active, Instant now, boolean stoppedHere) {
    try {
      Recording next = reader.next(credentials, active, now);
      if (next.status().isTerminal()) {
        return next;
      }
    } catch (SessionProviderException notReady) {
      LOG.log(Level.DEBUG, "[Recording] 100ms não informou o asset: {0}", notReady.getMessage());
    }
    LOG.log(Level.INFO, "[Recording] Asset ainda não pronto, status: processing");
    return stoppedHere ? active.stopReported(CLIENT_REQUEST, now) : active.stop(now);
  }
}
