package br.com.gravacoes.application.port.in;

import br.com.gravacoes.domain.recording.Recording;
import java.util.Optional;

/** The room already has an active recording: a double click, or two admins at once. */
public class RecordingAlreadyActiveException extends RuntimeException {

  private final transient Recording current;

  public RecordingAlreadyActiveException(Recording current) {
    super("room already has an active recording" + (current == null ? "" : ": " + current.id()));
    this.current = current;
  }

  /** The recording that holds the room, when it could still be read. */
  public Optional<Recording> current() {
    return Optional.ofNullable(current);
  }
}
