package br.com.gravacoes.adapters.hms;

/**
 * An error answer of 100ms: its HTTP status and message, before translation to the port's terms.
 */
final class HmsApiException extends RuntimeException {

  private final int status;

  HmsApiException(int status, String message) {
    super(message);
    this.status = status;
  }

  int status() {
    return status;
  }
}
