package br.com.gravacoes.simulator;

import java.util.List;

/** An error answer in the 100ms shape {@code {"code","message","details"}}. */
final class ApiException extends Exception {

  private static final long serialVersionUID = 1L;

  private final int status;
  private final List<String> details;

  ApiException(int status, String message, List<String> details) {
    super(message, null, false, false);
    this.status = status;
    this.details = List.copyOf(details);
  }

  static ApiException badRequest(String detail) {
    return new ApiException(400, "Bad request", List.of(detail));
  }

  static ApiException unauthorized(String reason) {
    return new ApiException(401, "Token validation error", List.of(reason));
  }

  static ApiException forbidden(String roomId) {
    return new ApiException(
        403, "user does not have required permission", List.of("room " + roomId));
  }

  static ApiException notFound(String message) {
    return new ApiException(404, message, List.of());
  }

  static ApiException conflict(String message) {
    return new ApiException(409, message, List.of());
  }

  int status() {
    return status;
  }

  List<String> details() {
    return details;
  }
}
