package br.com.gravacoes.application.port.in;

import br.com.gravacoes.domain.recording.RecordingId;

/** No recording has the given id. */
public class RecordingNotFoundException extends RuntimeException {

  public RecordingNotFoundException(RecordingId id) {
    super("no recording " + id);
  }
}
