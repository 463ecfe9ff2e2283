package br.com.gravacoes.application.port.out;

/** The provider has nothing recording in the room ("beam not found"): it already ended there. */
public class NoRunningRecordingException extends SessionProviderException {

  public NoRunningRecordingException(String message) {
    super(message, null);
  }
}
