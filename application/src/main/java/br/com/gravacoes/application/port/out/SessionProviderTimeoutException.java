package br.com.gravacoes.application.port.out;

/**
 * The provider did not answer in time: unlike other failures, the request may still have taken
 * effect there, so its outcome is unknown.
 */
public class SessionProviderTimeoutException extends SessionProviderUnavailableException {

  public SessionProviderTimeoutException(String message, Throwable cause) {
    super(message, cause);
  }
}
