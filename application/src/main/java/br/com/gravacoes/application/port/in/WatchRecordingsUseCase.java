package br.com.gravacoes.application.port.in;

/** Follows the recordings of the caller's tenant as they change, for live pages. */
public interface WatchRecordingsUseCase {

  /** Tells the watcher of the changes until the returned handle is closed. */
  AutoCloseable watch(WatchRecordingsCommand command, RecordingWatcher watcher);
}
