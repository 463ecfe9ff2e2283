package br.com.gravacoes.adapters.rest.auth;

import static br.com.gravacoes.adapters.rest.auth.Rejections.assertRejected;
import static br.com.gravacoes.adapters.rest.auth.TestTokens.hs256;
import static br.com.gravacoes.adapters.rest.auth.TestTokens.validClaims;
import static java.util.Collections.nCopies;
import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** HS256 tokens as Supabase Auth issues them: signature, times, issuer, audience and subject. */
class TokenVerifierTest {

  private static final byte[] OTHER_SECRET =
      "another-secret-of-at-least-32-bytes!!".getBytes(StandardCharsets.UTF_8);
  private static final Instant NOW = Instant.now().truncatedTo(ChronoUnit.SECONDS);

  private final TokenVerifier verifier = new TokenVerifier(TestTokens.hmacSettings().build());

  @Test
  void aValidHs256TokenGivesItsSubjectTenantAndExpiry() {
    Instant expiresAt = NOW.plus(Duration.ofMinutes(5));
    String token = hs256(validClaims().expirationTime(Date.from(expiresAt)).build());

    VerifiedToken verified = verifier.verify(token);

    assertThat(verified.subject()).isEqualTo(TestTokens.SUBJECT);
    assertThat(verified.tenantId()).isEqualTo(TestTokens.TENANT_ID);
    assertThat(verified.role()).isEmpty();
    assertThat(verified.admin()).isFalse();
    assertThat(verified.expiresAt()).isEqualTo(expiresAt);
  }

  @Test
  void aSupabaseTokenWithAKeyIdInItsHeaderIsCheckedWithTheOneSecret() {
    String token =
        TestTokens.sign(
            TestTokens.header(JWSAlgorithm.HS256).keyID("Wm1x3iN7dmQ+sVoh").build(),
            TestTokens.supabaseClaims("admin").build(),
            TestTokens.macSigner(TestTokens.hmacSecret()));

    assertThat(verifier.verify(token).admin()).isTrue();
  }

  @Test
  void anExpiredTokenIsRefused() {
    String token = hs256(validClaims().expirationTime(Date.from(NOW.minusSeconds(120))).build());

    assertRejected(verifier, token, "expired");
  }

  @Test
  void aTokenExpiredWithinTheClockSkewIsAccepted() {
    String token = hs256(validClaims().expirationTime(Date.from(NOW.minusSeconds(10))).build());

    assertThat(verifier.verify(token).subject()).isEqualTo(TestTokens.SUBJECT);
  }

  @Test
  void aTokenNotYetValidBeyondTheClockSkewIsRefused() {
    String token = hs256(validClaims().notBeforeTime(Date.from(NOW.plusSeconds(120))).build());

    assertRejected(verifier, token, "before use time");
  }

  @Test
  void aTokenValidWithinTheClockSkewIsAccepted() {
    String token = hs256(validClaims().notBeforeTime(Date.from(NOW.plusSeconds(10))).build());

    assertThat(verifier.verify(token).subject()).isEqualTo(TestTokens.SUBJECT);
  }

  @Test
  void aTokenIssuedInTheFutureBeyondTheClockSkewIsRefused() {
    String token = hs256(validClaims().issueTime(Date.from(NOW.plusSeconds(300))).build());

    assertRejected(verifier, token, "issued in the future");
  }

  @Test
  void theClockSkewIsConfigurable() {
    TokenVerifier strict =
        new TokenVerifier(TestTokens.hmacSettings().clockSkew(Duration.ZERO).build());
    String token = hs256(validClaims().expirationTime(Date.from(NOW.minusSeconds(10))).build());

    assertRejected(strict, token, "expired");
  }

  @Test
  void aTokenWithoutExpiryIsRefused() {
    String token = hs256(validClaims().expirationTime(null).build());

    assertRejected(verifier, token, "exp");
  }

  @Test
  void aTokenSignedWithAnotherSecretIsRefused() {
    assertRejected(verifier, hs256(validClaims().build(), OTHER_SECRET), "invalid signature");
  }

  @Test
  void aTokenWhosePayloadWasChangedIsRefused() {
    String[] parts = hs256(validClaims().build()).split("\\.");
    String otherPayload =
        hs256(validClaims().claim("tenant_id", "tenant-b").build()).split("\\.")[1];

    assertRejected(verifier, parts[0] + "." + otherPayload + "." + parts[2], "invalid signature");
  }

  @Test
  void aTokenWhoseSignatureWasStrippedIsRefused() {
    String[] parts = hs256(validClaims().build()).split("\\.");

    assertRejected(verifier, parts[0] + "." + parts[1] + ".", "signature");
  }

  @Test
  void aTokenWithTheExpectedIssuerAndAudienceIsAccepted() {
    TokenVerifier supabase =
        new TokenVerifier(
            TestTokens.hmacSettings()
                .issuer("https://project-ref.supabase.co/auth/v1")
                .audience("authenticated")
                .build());

    assertThat(supabase.verify(hs256(TestTokens.supabaseClaims("member").build())).role())
        .contains("member");
  }

  @Test
  void aTokenForAnotherAudienceIsRefused() {
    TokenVerifier expectingApi =
        new TokenVerifier(TestTokens.hmacSettings().audience("api").build());

    assertRejected(expectingApi, hs256(validClaims().audience("other").build()), "aud");
    assertRejected(expectingApi, hs256(validClaims().build()), "aud");
  }

  @Test
  void aTokenFromAnotherIssuerIsRefused() {
    TokenVerifier expectingIssuer =
        new TokenVerifier(TestTokens.hmacSettings().issuer("https://a.example/auth/v1").build());

    assertRejected(
        expectingIssuer, hs256(validClaims().issuer("https://b.example/auth/v1").build()), "iss");
    assertRejected(expectingIssuer, hs256(validClaims().build()), "iss");
  }

  @Test
  void aTokenWithoutSubjectIsRefused() {
    assertRejected(verifier, hs256(validClaims().subject(null).build()), "sub");
  }

  @Test
  void aTokenWithABlankSubjectIsRefused() {
    assertRejected(verifier, hs256(validClaims().subject("  ").build()), "sub");
  }

  @Test
  void aTokenTypedAsAnAccessTokenIsAccepted() {
    String token =
        TestTokens.sign(
            TestTokens.header(JWSAlgorithm.HS256).type(new JOSEObjectType("at+jwt")).build(),
            validClaims().build(),
            TestTokens.macSigner(TestTokens.hmacSecret()));

    assertThat(verifier.verify(token).subject()).isEqualTo(TestTokens.SUBJECT);
  }

  @Test
  void aTokenWithoutTypeIsAccepted() {
    String token =
        TestTokens.sign(
            TestTokens.header(JWSAlgorithm.HS256).type(null).build(),
            validClaims().build(),
            TestTokens.macSigner(TestTokens.hmacSecret()));

    assertThat(verifier.verify(token).subject()).isEqualTo(TestTokens.SUBJECT);
  }

  @Test
  void aTokenTypedForAnotherPurposeIsRefused() {
    String token =
        TestTokens.sign(
            TestTokens.header(JWSAlgorithm.HS256).type(new JOSEObjectType("logout+jwt")).build(),
            validClaims().build(),
            TestTokens.macSigner(TestTokens.hmacSecret()));

    assertRejected(verifier, token, "typ");
  }

  @Test
  void theTypeHeaderIsComparedIgnoringCase() {
    for (String type : new String[] {"jwt", "AT+JWT", "Application/At+Jwt"}) {
      String token =
          TestTokens.sign(
              TestTokens.header(JWSAlgorithm.HS256).type(new JOSEObjectType(type)).build(),
              validClaims().build(),
              TestTokens.macSigner(TestTokens.hmacSecret()));
      assertThat(verifier.verify(token).subject()).isEqualTo(TestTokens.SUBJECT);
    }
  }

  @Test
  void registeredClaimsOfTheWrongTypeAreRefused() {
    long exp = NOW.plusSeconds(600).getEpochSecond();
    for (String json :
        new String[] {
          "{\"sub\":\"u\",\"tenant_id\":\"t\",\"exp\":\"" + exp + "\"}",
          "{\"sub\":{\"id\":\"u\"},\"tenant_id\":\"t\",\"exp\":" + exp + "}",
          "{\"sub\":\"u\",\"tenant_id\":\"t\",\"exp\":" + exp + ",\"nbf\":\"soon\"}",
          "{\"sub\":\"u\",\"tenant_id\":\"t\",\"exp\":" + exp + ",\"aud\":7}",
          "[\"not\",\"an\",\"object\"]"
        }) {
      String token =
          TestTokens.signRaw(
              TestTokens.header(JWSAlgorithm.HS256).build(),
              json,
              TestTokens.macSigner(TestTokens.hmacSecret()));
      Rejections.rejection(verifier, token);
    }
  }

  @Test
  void manyThreadsCanVerifyAtOnce() throws Exception {
    String token = hs256(validClaims().build());
    String forged = hs256(validClaims().build(), OTHER_SECRET);
    Callable<Boolean> acceptsOneAndRefusesTheOther =
        () -> verifier.verify(token).subject().equals(TestTokens.SUBJECT) && isRefused(forged);
    ExecutorService threads = Executors.newFixedThreadPool(8);
    try {
      for (Future<Boolean> check : threads.invokeAll(nCopies(400, acceptsOneAndRefusesTheOther))) {
        assertThat(check.get()).isTrue();
      }
    } finally {
      threads.shutdownNow();
    }
  }

  private boolean isRefused(String token) {
    try {
      verifier.verify(token);
      return false;
    } catch (InvalidTokenException e) {
      return true;
    }
  }
}
