package br.com.gravacoes.application.port.in;

/** 100ms did not start the recording; nothing was left recording, here or there. */
public class RecordingStartFailedException extends RecordingProviderFailureException {

  public RecordingStartFailedException(String message, Throwable cause) {
    super(message, cause);
  }
}
