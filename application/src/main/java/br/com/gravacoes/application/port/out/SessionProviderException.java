package br.com.gravacoes.application.port.out;

/**
 * The video provider did not do what was asked. The message is for a person (Portuguese) and never
 * carries a credential.
 */
public abstract class SessionProviderException extends RuntimeException {

  protected SessionProviderException(String message, Throwable cause) {
    super(message, cause);
  }
}
