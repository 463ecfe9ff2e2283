package br.com.gravacoes.adapters.rest.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** Asserts that a token is refused, for the stated reason, without the token in the message. */
final class Rejections {

  private Rejections() {}

  static InvalidTokenException rejection(TokenVerifier verifier, String token) {
    InvalidTokenException rejection =
        catchThrowableOfType(InvalidTokenException.class, () -> verifier.verify(token));
    assertThat(rejection).as("refusal of the token").isNotNull();
    if (token != null && !token.isBlank()) {
      assertThat(rejection.getMessage()).doesNotContain(token);
      for (String part : token.split("\\.")) {
        if (part.length() > 16) {
          assertThat(rejection.getMessage()).doesNotContain(part);
        }
      }
    }
    return rejection;
  }

  static void assertRejected(TokenVerifier verifier, String token, String reason) {
    assertThat(rejection(verifier, token).getMessage()).containsIgnoringCase(reason);
  }
}
