package br.com.gravacoes.application.port.in;

import br.com.gravacoes.domain.recording.RecordingStatus;

/** The recording has no video to play (yet, or ever: it failed). */
public class RecordingNotPlayableException extends RuntimeException {

  private final RecordingStatus status;

  public RecordingNotPlayableException(RecordingStatus status) {
    super("recording is " + status.code());
    this.status = status;
  }

  public RecordingStatus status() {
    return status;
  }
}
