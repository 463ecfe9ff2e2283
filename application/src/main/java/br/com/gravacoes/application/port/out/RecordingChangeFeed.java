package br.com.gravacoes.application.port.out;

/** Tells listeners of every recording written by any instance, as soon as it is committed. */
public interface RecordingChangeFeed {

  /**
   * Starts telling the listener of changes (of every tenant) until the returned handle is closed.
   */
  AutoCloseable subscribe(RecordingChangeListener listener);
}
