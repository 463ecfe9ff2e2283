package br.com.gravacoes.application.port.out;

/**
 * A tenant's integration secret could not be stored or read back: no encryption key is configured,
 * or the configured keys do not open what is stored. A fault of the server's configuration, not of
 * the request. The message is Portuguese for an operator and never carries the secret.
 */
public class StoredSecretException extends RuntimeException {

  public StoredSecretException(String message, Throwable cause) {
    super(message, cause);
  }
}
