package br.com.gravacoes.application.port.out;

/** The provider already records the room ("beam already started"). */
public class RecordingAlreadyRunningException extends SessionProviderException {

  public RecordingAlreadyRunningException(String message) {
    super(message, null);
  }
}
