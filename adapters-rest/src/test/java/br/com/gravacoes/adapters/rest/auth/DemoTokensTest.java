package br.com.gravacoes.adapters.rest.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DemoTokensTest {

  private static final Duration EIGHT_HOURS = Duration.ofHours(8);

  @Test
  void givenTheDefaultSupabaseSettings_thenTheTokenIsTheDemoAdminsAndExpiresInEightHours() {
    TokenSettings settings = TestTokens.hmacSettings().audience("authenticated").build();
    Instant now = Instant.now();

    assertThat(DemoTokens.available(settings)).isTrue();
    String token = DemoTokens.mint(settings, "demo", "admin-demo", EIGHT_HOURS, now).orElseThrow();

    VerifiedToken verified = new TokenVerifier(settings).verify(token);
    assertThat(verified.admin()).isTrue();
    assertThat(verified.tenantId()).isEqualTo("demo");
    assertThat(verified.subject()).isEqualTo("admin-demo");
    assertThat(verified.expiresAt())
        .isBetween(now.plus(EIGHT_HOURS).minusSeconds(1), now.plus(EIGHT_HOURS));
  }

  @Test
  void givenOtherClaimPathsIssuerAndAudience_thenTheTokenStillPasses() {
    TokenSettings settings =
        TestTokens.hmacSettings()
            .tenantClaim("app_metadata.empresa")
            .roleClaims(List.of("papel"))
            .adminRoles(Set.of("gestor"))
            .issuer("https://auth.example")
            .audience("gravacoes")
            .build();

    String token =
        DemoTokens.mint(settings, "demo", "admin-demo", EIGHT_HOURS, Instant.now()).orElseThrow();

    VerifiedToken verified = new TokenVerifier(settings).verify(token);
    assertThat(verified.admin()).isTrue();
    assertThat(verified.tenantId()).isEqualTo("demo");
  }

  @Test
  void givenAnExpiredDemoToken_thenTheVerifierRefusesIt() {
    TokenSettings settings = TestTokens.hmacSettings().build();
    Instant longAgo = Instant.now().minus(Duration.ofHours(9));

    String token =
        DemoTokens.mint(settings, "demo", "admin-demo", EIGHT_HOURS, longAgo).orElseThrow();

    assertThatThrownBy(() -> new TokenVerifier(settings).verify(token))
        .isInstanceOf(InvalidTokenException.class);
  }

  @Test
  void givenOnlyAJwksUrl_thenThereIsNoSecretToSignWith() {
    try (TestJwksServer jwks = TestTokens.startJwksServer()) {
      TokenSettings settings = TestTokens.jwksSettings(jwks).build();

      assertThat(DemoTokens.mint(settings, "demo", "admin-demo", EIGHT_HOURS, Instant.now()))
          .isEmpty();
      assertThat(DemoTokens.available(settings)).isFalse();
    }
  }
}
