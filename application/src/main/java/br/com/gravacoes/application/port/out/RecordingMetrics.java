package br.com.gravacoes.application.port.out;

/**
 * Counts the recordings' lifecycle steps for the operators' metrics, each once it is stored: a
 * start 100ms confirmed, a recording that stopped recording, a recording that failed.
 */
public interface RecordingMetrics {

  void started();

  void stopped();

  void failed();
}
