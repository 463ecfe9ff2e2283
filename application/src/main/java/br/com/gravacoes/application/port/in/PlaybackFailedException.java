package br.com.gravacoes.application.port.in;

/** 100ms could not give a URL that plays the recording right now. */
public class PlaybackFailedException extends RecordingProviderFailureException {

  public PlaybackFailedException(String message, Throwable cause) {
    super(message, cause);
  }
}
