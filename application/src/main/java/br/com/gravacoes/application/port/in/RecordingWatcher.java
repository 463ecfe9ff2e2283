package br.com.gravacoes.application.port.in;

import br.com.gravacoes.domain.recording.RecordingId;

/**
 * Hears of the changes a watch asked for. Called on the change feed's thread: an implementation
 * must return quickly and read the recording (or talk to its client) elsewhere.
 */
public interface RecordingWatcher {

  /** The recording was written; read it to learn its current state. */
  void changed(RecordingId recording);

  /** Changes may have been missed: everything the watcher shows must be read again. */
  void resync();
}
