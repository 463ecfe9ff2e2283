package br.com.gravacoes.application.port.out;

/** The provider could not be reached, was too slow, or failed on its side (5xx): try later. */
public class SessionProviderUnavailableException extends SessionProviderException {

  public SessionProviderUnavailableException(String message, Throwable cause) {
    super(message, cause);
  }
}
