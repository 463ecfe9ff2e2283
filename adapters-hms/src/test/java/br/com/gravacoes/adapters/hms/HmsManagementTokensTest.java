package br.com.gravacoes.adapters.hms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import br.com.gravacoes.domain.tenant.HmsCredentials;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.crypto.MACVerifier;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class HmsManagementTokensTest {

  private static final HmsCredentials APP =
      new HmsCredentials("access-key-1", "secret-of-the-app-with-32-bytes-or-more", null);
  private Instant now = Instant.parse("2026-01-12T10:00:00Z");
  private final HmsManagementTokens tokens = new HmsManagementTokens(new MovableClock());

  @Test
  void theTokenIsSignedWithTheAppSecretAndCarries100msClaims() throws Exception {
    SignedJWT jwt = SignedJWT.parse(tokens.tokenFor(APP));

    assertThat(jwt.getHeader().getAlgorithm()).isEqualTo(JWSAlgorithm.HS256);
    assertThat(jwt.verify(new MACVerifier(APP.appSecret().getBytes()))).isTrue();
    JWTClaimsSet claims = jwt.getJWTClaimsSet();
    assertThat(claims.getStringClaim("access_key")).isEqualTo("access-key-1");
    assertThat(claims.getStringClaim("type")).isEqualTo("management");
    assertThat(claims.getIntegerClaim("version")).isEqualTo(2);
    assertThat(claims.getJWTID()).isNotBlank();
    assertThat(claims.getIssueTime().toInstant()).isEqualTo(now.minusSeconds(10));
    assertThat(claims.getNotBeforeTime()).isEqualTo(claims.getIssueTime());
    assertThat(claims.getExpirationTime().toInstant())
        .isEqualTo(now.minusSeconds(10).plus(Duration.ofHours(24)));
  }

  @Test
  void aTokenIsReusedUntil30SecondsBeforeItExpires() {
    String first = tokens.tokenFor(APP);
    now = now.plus(Duration.ofHours(23)).plus(Duration.ofMinutes(59));
    assertThat(tokens.tokenFor(APP)).isEqualTo(first);

    now = now.plusSeconds(31);
    assertThat(tokens.tokenFor(APP)).isNotEqualTo(first);
  }

  @Test
  void anInvalidatedTokenIsReplaced() {
    String first = tokens.tokenFor(APP);
    tokens.invalidate(APP);
    assertThat(tokens.tokenFor(APP)).isNotEqualTo(first);
  }

  @Test
  void aRotatedSecretNeverReusesTheOldToken() throws Exception {
    String first = tokens.tokenFor(APP);
    HmsCredentials rotated =
        new HmsCredentials(APP.appAccessKey(), "a-new-secret-of-the-app-with-32-bytes+", null);

    String second = tokens.tokenFor(rotated);

    assertThat(second).isNotEqualTo(first);
    assertThat(SignedJWT.parse(second).verify(new MACVerifier(rotated.appSecret().getBytes())))
        .isTrue();
  }

  @Test
  void aSecretTooShortForHs256IsRefused() {
    assertThatThrownBy(() -> tokens.tokenFor(new HmsCredentials("k", "short", null)))
        .isInstanceOf(HmsSecretTooShortException.class);
  }

  private final class MovableClock extends Clock {
    @Override
    public ZoneOffset getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(java.time.ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  }
}
