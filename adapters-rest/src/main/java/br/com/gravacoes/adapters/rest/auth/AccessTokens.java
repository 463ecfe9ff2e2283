package br.com.gravacoes.adapters.rest.auth;

import java.util.Optional;

/** The configured token verifier, if any: without one no token is ever accepted. */
public class AccessTokens {

  private final Optional<TokenVerifier> verifier;

  /** For the CDI proxy only. */
  protected AccessTokens() {
    this(Optional.empty());
  }

  AccessTokens(Optional<TokenVerifier> verifier) {
    this.verifier = verifier;
  }

  public VerifiedToken verify(String token) {
    return verifier
        .orElseThrow(() -> new InvalidTokenException("no verification key configured"))
        .verify(token);
  }
}
