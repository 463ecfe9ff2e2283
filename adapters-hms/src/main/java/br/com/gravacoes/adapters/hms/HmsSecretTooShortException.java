package br.com.gravacoes.adapters.hms;

/** The configured app secret cannot sign an HS256 token: it is shorter than 32 bytes. */
final class HmsSecretTooShortException extends RuntimeException {

  HmsSecretTooShortException() {
    super("100ms app secret is shorter than 32 bytes");
  }
}
