package br.com.gravacoes.adapters.hms;

import java.util.List;

/**
 * An error answer of 100ms: its HTTP status, message and details, before translation to the port's
 * terms.
 */
final class HmsApiException extends RuntimeException {

  private final int status;
  private final List<String> details;

  HmsApiException(int status, String message) {
    this(status, message, List.of());
  }

  HmsApiException(int status, String message, List<String> details) {
    super(message);
    this.status = status;
    this.details = List.copyOf(details);
  }

  int status() {
    return status;
  }

  /** The error body's {@code details}: why 100ms refused, in its own words (may be empty). */
  List<String> details() {
    return details;
  }
}
