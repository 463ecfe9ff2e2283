package br.com.gravacoes.application.port.out;

/**
 * Hears of recording changes. Called on the feed's own thread: an implementation must return
 * quickly and never wait for a client.
 */
public interface RecordingChangeListener {

  void changed(RecordingChange change);

  /**
   * The feed lost its connection and is back: changes made meanwhile were not heard, so whoever
   * keeps state must read it again.
   */
  void resync();
}
