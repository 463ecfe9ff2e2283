package br.com.gravacoes.adapters.rest.auth;

import static br.com.gravacoes.adapters.rest.auth.Rejections.assertRejected;
import static br.com.gravacoes.adapters.rest.auth.TestTokens.validClaims;
import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.RSAKey;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** RS256 and ES256 tokens checked against an identity provider's JWKS, served on loopback. */
class JwksTokenVerifierTest {

  private final TestJwksServer jwks = TestTokens.startJwksServer();
  private final TokenVerifier verifier = new TokenVerifier(TestTokens.jwksSettings(jwks).build());

  @AfterEach
  void stopServer() {
    jwks.close();
  }

  @Test
  void aValidRs256TokenIsAccepted() {
    String token = TestTokens.rs256(TestTokens.supabaseClaims("admin").build());

    VerifiedToken verified = verifier.verify(token);

    assertThat(verified.subject()).isEqualTo(TestTokens.SUBJECT);
    assertThat(verified.tenantId()).isEqualTo(TestTokens.TENANT_ID);
    assertThat(verified.admin()).isTrue();
  }

  @Test
  void aValidEs256TokenIsAccepted() {
    assertThat(verifier.verify(TestTokens.es256(validClaims().build())).subject())
        .isEqualTo(TestTokens.SUBJECT);
  }

  @Test
  void keysAreFetchedOnceAndThenServedFromTheCache() {
    for (int i = 0; i < 20; i++) {
      verifier.verify(TestTokens.rs256(validClaims().build()));
      verifier.verify(TestTokens.es256(validClaims().build()));
    }

    assertThat(jwks.fetches()).isEqualTo(1);
  }

  @Test
  void aTokenSignedByAnotherKeyUnderAKnownKeyIdIsRefused() {
    RSAKey impostor = TestTokens.newRsaKey(TestTokens.RSA_KEY_ID);

    assertRejected(verifier, TestTokens.rs256(validClaims().build(), impostor), "signature");
  }

  @Test
  void aTamperedRs256TokenIsRefused() {
    String[] parts = TestTokens.rs256(validClaims().build()).split("\\.");
    String otherPayload =
        TestTokens.rs256(validClaims().subject("someone-else").build()).split("\\.")[1];

    assertRejected(verifier, parts[0] + "." + otherPayload + "." + parts[2], "signature");
  }

  @Test
  void anEcKeyIsNeverUsedForRs256NorAnRsaKeyForEs256() {
    String rsaSignedClaimingEcKey =
        TestTokens.sign(
            TestTokens.header(JWSAlgorithm.RS256).keyID(TestTokens.EC_KEY_ID).build(),
            validClaims().build(),
            TestTokens.rsaSigner(TestTokens.rsaKey()));
    String ecSignedClaimingRsaKey =
        TestTokens.sign(
            TestTokens.header(JWSAlgorithm.ES256).keyID(TestTokens.RSA_KEY_ID).build(),
            validClaims().build(),
            TestTokens.ecSigner(TestTokens.ecKey()));

    assertRejected(
        new TokenVerifier(TestTokens.jwksSettings(jwks).build()),
        rsaSignedClaimingEcKey,
        "no matching key");
    assertRejected(
        new TokenVerifier(TestTokens.jwksSettings(jwks).build()),
        ecSignedClaimingRsaKey,
        "no matching key");
  }

  @Test
  void otherAsymmetricAlgorithmsAreRefused() {
    for (JWSAlgorithm algorithm :
        new JWSAlgorithm[] {JWSAlgorithm.PS256, JWSAlgorithm.RS384, JWSAlgorithm.RS512}) {
      String token =
          TestTokens.sign(
              TestTokens.header(algorithm).keyID(TestTokens.RSA_KEY_ID).build(),
              validClaims().build(),
              TestTokens.rsaSigner(TestTokens.rsaKey()));
      assertRejected(verifier, token, "algorithm " + algorithm + " is not accepted");
    }
  }

  @Test
  void anHs256TokenKeyedWithThePublicRsaKeyIsRefusedWhenOnlyTheJwksIsConfigured()
      throws JOSEException {
    assertRejected(verifier, hs256KeyedWithThePublicKey(), "algorithm HS256 is not accepted");
  }

  @Test
  void anHs256TokenKeyedWithThePublicRsaKeyIsRefusedWhenBothKeySourcesAreConfigured()
      throws JOSEException {
    TokenVerifier both = new TokenVerifier(TestTokens.hmacSettings().jwksUrl(jwks.url()).build());

    assertRejected(both, hs256KeyedWithThePublicKey(), "invalid signature");
    assertThat(both.verify(TestTokens.hs256(validClaims().build())).subject())
        .isEqualTo(TestTokens.SUBJECT);
    assertThat(both.verify(TestTokens.rs256(validClaims().build())).subject())
        .isEqualTo(TestTokens.SUBJECT);
  }

  @Test
  void anEs256TokenWithTheHmacSecretAsKeyMaterialIsRefused() {
    TokenVerifier both = new TokenVerifier(TestTokens.hmacSettings().jwksUrl(jwks.url()).build());
    String token =
        TestTokens.sign(
            TestTokens.header(JWSAlgorithm.HS256).keyID(TestTokens.EC_KEY_ID).build(),
            validClaims().build(),
            TestTokens.macSigner(TestTokens.ecKey().toPublicJWK().toJSONString().getBytes()));

    assertRejected(both, token, "invalid signature");
  }

  @Test
  void aRotatedKeyIsFetchedOnceAndAccepted() {
    verifier.verify(TestTokens.rs256(validClaims().build()));
    RSAKey rotated = TestTokens.newRsaKey("test-rsa-2");
    jwks.serve(rotated, TestTokens.ecKey());

    assertThat(verifier.verify(TestTokens.rs256(validClaims().build(), rotated)).subject())
        .isEqualTo(TestTokens.SUBJECT);
    assertThat(verifier.verify(TestTokens.rs256(validClaims().build(), rotated)).subject())
        .isEqualTo(TestTokens.SUBJECT);
    assertThat(jwks.fetches()).isEqualTo(2);
  }

  @Test
  void aFloodOfUnknownKeyIdsDoesNotRefetchOnEveryToken() {
    verifier.verify(TestTokens.es256(validClaims().build()));

    for (int i = 0; i < 50; i++) {
      ECKey unknown = TestTokens.newEcKey("unknown-" + i);
      assertRejected(verifier, TestTokens.es256(validClaims().build(), unknown), "unknown-" + i);
    }

    // One fetch to fill the cache, one refetch for the first unknown kid, then the rate limit.
    assertThat(jwks.fetches()).isEqualTo(2);
    assertThat(verifier.verify(TestTokens.es256(validClaims().build())).subject())
        .isEqualTo(TestTokens.SUBJECT);
  }

  @Test
  void aJwksServerThatIsDownRefusesTheTokenQuickly() {
    jwks.close();

    long started = System.nanoTime();
    assertRejected(verifier, TestTokens.rs256(validClaims().build()), "signing keys unavailable");
    assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(5));
  }

  @Test
  void aJwksServerThatNeverAnswersRefusesTheTokenAfterTheReadTimeout() {
    jwks.hang();
    TokenVerifier impatient =
        new TokenVerifier(
            TestTokens.jwksSettings(jwks)
                .jwksFetch(
                    new JwksFetchSettings(
                        Duration.ofMinutes(5),
                        Duration.ofSeconds(30),
                        Duration.ofMillis(300),
                        Duration.ofMillis(300)))
                .build());

    long started = System.nanoTime();
    assertRejected(impatient, TestTokens.rs256(validClaims().build()), "signing keys unavailable");
    assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(3));
  }

  @Test
  void aJwksServerAnsweringWithAnErrorRefusesTheToken() {
    jwks.failWith(503);

    assertRejected(verifier, TestTokens.rs256(validClaims().build()), "signing keys unavailable");
  }

  @Test
  void claimRulesApplyToJwksTokensToo() {
    TokenVerifier withAudience =
        new TokenVerifier(TestTokens.jwksSettings(jwks).audience("api").issuer("idp").build());

    assertRejected(
        withAudience, TestTokens.rs256(validClaims().issuer("idp").audience("web").build()), "aud");
    assertRejected(
        withAudience,
        TestTokens.es256(validClaims().issuer("other").audience("api").build()),
        "iss");
    assertRejected(
        withAudience,
        TestTokens.es256(
            validClaims().issuer("idp").audience("api").claim("tenant_id", null).build()),
        "tenant");
    assertThat(
            withAudience
                .verify(
                    TestTokens.es256(
                        validClaims()
                            .issuer("idp")
                            .audience("api")
                            .claim("app_metadata", Map.of("role", "admin"))
                            .build()))
                .admin())
        .isTrue();
  }

  private static String hs256KeyedWithThePublicKey() throws JOSEException {
    byte[] publicKeyBytes = TestTokens.rsaKey().toRSAPublicKey().getEncoded();
    return TestTokens.sign(
        TestTokens.header(JWSAlgorithm.HS256).keyID(TestTokens.RSA_KEY_ID).build(),
        validClaims().build(),
        TestTokens.macSigner(publicKeyBytes));
  }
}
