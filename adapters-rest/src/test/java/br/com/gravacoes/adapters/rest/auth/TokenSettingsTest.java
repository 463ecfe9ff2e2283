package br.com.gravacoes.adapters.rest.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** What settings are accepted, their defaults, and that the secret stays private. */
class TokenSettingsTest {

  @Test
  void defaultsFitSupabase() {
    TokenSettings settings = TestTokens.hmacSettings().build();

    assertThat(settings.clockSkew()).isEqualTo(Duration.ofSeconds(30));
    assertThat(settings.tenantClaim()).isEqualTo("tenant_id");
    assertThat(settings.roleClaims()).containsExactly("app_metadata.role", "role");
    assertThat(settings.adminRoles()).containsExactly("admin");
    assertThat(settings.issuer()).isEmpty();
    assertThat(settings.audience()).isEmpty();
    assertThat(settings.jwksFetch()).isEqualTo(JwksFetchSettings.defaults());
  }

  @Test
  void anHmacSecretShorterThan32BytesIsRefused() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> TokenSettings.builder().hmacSecret(new byte[31]).build())
        .withMessageContaining("32 bytes");
    assertThat(TokenSettings.builder().hmacSecret(new byte[32]).build().hmacSecret()).isPresent();
  }

  @Test
  void atLeastOneKeySourceIsRequired() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> TokenSettings.builder().build())
        .withMessageContaining("JWKS URL");
  }

  @Test
  void bothKeySourcesMayBeConfigured() {
    TokenSettings settings =
        TestTokens.hmacSettings().jwksUrl(URI.create("https://idp.example/jwks.json")).build();

    assertThat(settings.hmacSecret()).isPresent();
    assertThat(settings.jwksUrl()).isPresent();
  }

  @Test
  void theJwksUrlMustBeAnAbsoluteHttpUrl() {
    for (String url : new String[] {"file:///etc/jwks.json", "/jwks.json", "ftp://idp/jwks"}) {
      assertThatIllegalArgumentException()
          .isThrownBy(() -> TokenSettings.builder().jwksUrl(URI.create(url)).build());
    }
  }

  @Test
  void blankIssuerAudienceOrClaimPathsAreRefused() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> TestTokens.hmacSettings().issuer(" ").build());
    assertThatIllegalArgumentException()
        .isThrownBy(() -> TestTokens.hmacSettings().audience("").build());
    assertThatIllegalArgumentException()
        .isThrownBy(() -> TestTokens.hmacSettings().tenantClaim("app_metadata.").build());
    assertThatIllegalArgumentException()
        .isThrownBy(() -> TestTokens.hmacSettings().roleClaims(List.of("role", "")).build());
    assertThatIllegalArgumentException()
        .isThrownBy(() -> TestTokens.hmacSettings().clockSkew(Duration.ofSeconds(-1)).build());
  }

  @Test
  void theSecretCannotBeChangedFromOutsideNorLogged() {
    byte[] secret = TestTokens.hmacSecret();
    TokenSettings settings = TokenSettings.builder().hmacSecret(secret).build();
    secret[0] = 'X';
    settings.hmacSecret().orElseThrow()[1] = 'Y';

    assertThat(settings.hmacSecret().orElseThrow()).isEqualTo(TestTokens.hmacSecret());
    assertThat(settings.toString()).doesNotContain(TestTokens.HMAC_SECRET).contains("40 bytes");
  }

  @Test
  void theRateLimitIntervalMustBeShorterThanTheCacheLifetime() {
    assertThatIllegalArgumentException()
        .isThrownBy(
            () ->
                new JwksFetchSettings(
                    Duration.ofSeconds(30),
                    Duration.ofSeconds(30),
                    Duration.ofSeconds(1),
                    Duration.ofSeconds(1)));
    assertThatIllegalArgumentException()
        .isThrownBy(
            () ->
                new JwksFetchSettings(
                    Duration.ofMinutes(5),
                    Duration.ofSeconds(30),
                    Duration.ofNanos(1),
                    Duration.ofSeconds(1)));
  }

  @Test
  void adminRolesAndRoleClaimsAreCopied() {
    List<String> roleClaims = new ArrayList<>(List.of("role"));
    TokenSettings settings =
        TestTokens.hmacSettings().roleClaims(roleClaims).adminRoles(Set.of("owner")).build();
    roleClaims.add("other");

    assertThat(settings.roleClaims()).containsExactly("role");
  }
}
