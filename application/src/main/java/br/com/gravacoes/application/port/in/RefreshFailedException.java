package br.com.gravacoes.application.port.in;

/** 100ms could not be asked how the recording stands; the stored recording is unchanged. */
public class RefreshFailedException extends RecordingProviderFailureException {

  public RefreshFailedException(String message, Throwable cause) {
    super(message, cause);
  }
}
