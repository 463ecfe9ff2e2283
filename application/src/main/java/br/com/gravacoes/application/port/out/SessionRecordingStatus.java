package br.com.gravacoes.application.port.out;

/** The states 100ms reports for a recording, plus {@code UNKNOWN} for anything newer. */
public enum SessionRecordingStatus {
  STARTING,
  RUNNING,
  STOPPING,
  POST_PROCESSING,
  COMPLETED,
  FAILED,
  UNKNOWN;

  public boolean isRunning() {
    return this == STARTING || this == RUNNING;
  }
}
