package br.com.gravacoes.application.port.in;

/**
 * Integration settings that cannot be saved or tested as given. The message is the Portuguese text
 * the administrator reads; it names the field and never quotes a secret.
 */
public class InvalidSettingsException extends RuntimeException {

  public InvalidSettingsException(String message) {
    super(message);
  }
}
