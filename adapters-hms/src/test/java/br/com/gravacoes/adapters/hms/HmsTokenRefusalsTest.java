package br.com.gravacoes.adapters.hms;

import static org.assertj.core.api.Assertions.assertThat;

import br.com.gravacoes.application.port.out.CredentialsCheck;
import java.util.List;
import org.junit.jupiter.api.Test;

class HmsTokenRefusalsTest {

  private static CredentialsCheck verdict(String message, String... details) {
    return HmsTokenRefusals.verdict(new HmsApiException(401, message, List.of(details)));
  }

  @Test
  void wordsAboutTheSignatureMeanTheSecret() {
    assertThat(verdict("Token validation error", "signature verification failed"))
        .isEqualTo(CredentialsCheck.WRONG_SECRET);
    assertThat(verdict("Token validation error", "signature is invalid"))
        .isEqualTo(CredentialsCheck.WRONG_SECRET);
    assertThat(verdict("Invalid Signature")).isEqualTo(CredentialsCheck.WRONG_SECRET);
  }

  @Test
  void wordsAboutTheAccessKeyMeanTheKey() {
    assertThat(verdict("Token validation error", "unknown access key"))
        .isEqualTo(CredentialsCheck.UNKNOWN_ACCESS_KEY);
    assertThat(verdict("Invalid access_key")).isEqualTo(CredentialsCheck.UNKNOWN_ACCESS_KEY);
  }

  @Test
  void anythingElseNamesNeither() {
    assertThat(verdict("Token validation error")).isEqualTo(CredentialsCheck.REFUSED);
    assertThat(verdict("Unauthorized", "token is expired")).isEqualTo(CredentialsCheck.REFUSED);
  }
}
