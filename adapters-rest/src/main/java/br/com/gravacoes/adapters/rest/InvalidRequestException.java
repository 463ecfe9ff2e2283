package br.com.gravacoes.adapters.rest;

/** A request this API cannot read; its message is the Portuguese text the caller gets. */
final class InvalidRequestException extends RuntimeException {

  InvalidRequestException(String message) {
    super(message);
  }
}
