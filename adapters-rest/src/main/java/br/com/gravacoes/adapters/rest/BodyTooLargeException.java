package br.com.gravacoes.adapters.rest;

import java.io.IOException;

/** A request body grew past the limit while it was being read. */
class BodyTooLargeException extends IOException {

  BodyTooLargeException() {
    super(BodySizeLimitFilter.TOO_LARGE);
  }
}
