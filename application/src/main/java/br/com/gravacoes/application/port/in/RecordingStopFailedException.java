package br.com.gravacoes.application.port.in;

/** 100ms could not be asked to stop; the recording stays active so the stop can be retried. */
public class RecordingStopFailedException extends RecordingProviderFailureException {

  public RecordingStopFailedException(String message, Throwable cause) {
    super(message, cause);
  }
}
