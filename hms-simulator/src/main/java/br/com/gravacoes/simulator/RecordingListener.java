package br.com.gravacoes.simulator;

/**
 * Told of every recording start and stop, while the state lock is held, so that it sees them in the
 * order they happened.
 */
interface RecordingListener {

  void started(RecordingEntry entry);

  void stopped(RecordingEntry entry, StopReason reason);
}
