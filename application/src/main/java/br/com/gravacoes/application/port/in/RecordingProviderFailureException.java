package br.com.gravacoes.application.port.in;

/**
 * 100ms could not do what was asked (unreachable, too slow, an error of its own, or a refusal). The
 * message is written for a person, in Portuguese, and never carries a credential.
 */
public abstract class RecordingProviderFailureException extends RuntimeException {

  protected RecordingProviderFailureException(String message, Throwable cause) {
    super(message, cause);
  }
}
