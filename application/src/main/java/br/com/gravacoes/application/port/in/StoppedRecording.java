package br.com.gravacoes.application.port.in;

import br.com.gravacoes.application.port.out.SessionRecording;
import br.com.gravacoes.domain.recording.Recording;
import java.util.List;

/**
 * The stored recording after the stop ({@code processing}, {@code completed} or {@code failed}),
 * and the recordings 100ms reported stopping (empty when it had already ended there).
 */
public record StoppedRecording(Recording recording, List<SessionRecording> stoppedAtProvider) {

  public StoppedRecording {
    stoppedAtProvider = List.copyOf(stoppedAtProvider);
  }
}
