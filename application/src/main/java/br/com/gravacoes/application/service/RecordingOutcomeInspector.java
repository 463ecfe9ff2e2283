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

  /** The recording once 100ms stopped it: completed, failed, or processing while unknown. */
  Recording afterStop(HmsCredentials credentials, Recording active, Instant now) {
    try {
      Recording next = reader.next(credentials, active, now);
      if (next.status().isTerminal()) {
        return next;
      }
    } catch (SessionProviderException notReady) {
      LOG.log(Level.DEBUG, "[Recording] 100ms não informou o asset: {0}", notReady.getMessage());
    }
    LOG.log(Level.INFO, "[Recording] Asset ainda não pronto, status: processing");
    return active.stop(now);
  }
}
