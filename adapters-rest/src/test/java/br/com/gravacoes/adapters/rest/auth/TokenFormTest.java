package br.com.gravacoes.adapters.rest.auth;

import static br.com.gravacoes.adapters.rest.auth.Rejections.assertRejected;
import static br.com.gravacoes.adapters.rest.auth.Rejections.rejection;
import static br.com.gravacoes.adapters.rest.auth.TestTokens.validClaims;

import com.nimbusds.jose.EncryptionMethod;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWEAlgorithm;
import com.nimbusds.jose.JWEHeader;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.crypto.DirectEncrypter;
import com.nimbusds.jose.util.Base64URL;
import com.nimbusds.jwt.EncryptedJWT;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Strings that are not signed JWTs of an accepted algorithm: all refused before any claim is read.
 */
class TokenFormTest {

  private final TokenVerifier verifier = new TokenVerifier(TestTokens.hmacSettings().build());

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(strings = {" ", "abc", "a.b", "a.b.c", "..", "...", "a.b.c.d", "Bearer x.y.z"})
  void aMalformedStringIsRefused(String notAToken) {
    rejection(verifier, notAToken);
  }

  @ParameterizedTest
  @MethodSource("randomBase64")
  void randomBase64IsRefused(String noise) {
    rejection(verifier, noise);
  }

  static Stream<String> randomBase64() {
    SecureRandom random = new SecureRandom();
    return Stream.of(1, 2, 3, 5)
        .map(
            parts -> {
              StringBuilder noise = new StringBuilder();
              for (int i = 0; i < parts; i++) {
                byte[] bytes = new byte[24 + random.nextInt(64)];
                random.nextBytes(bytes);
                noise.append(i == 0 ? "" : ".");
                noise.append(Base64.getUrlEncoder().withoutPadding().encodeToString(bytes));
              }
              return noise.toString();
            });
  }

  @Test
  void aTokenLongerThanAnyHeaderAllowsIsRefusedUnread() {
    String huge = TestTokens.hs256(validClaims().claim("padding", "x".repeat(20_000)).build());

    assertRejected(verifier, huge, "longer than");
  }

  @Test
  void anUnsignedTokenIsRefused() {
    assertRejected(verifier, TestTokens.unsigned(validClaims().build()), "alg none");
  }

  @Test
  void aHeaderClaimingNoneIsRefusedWithOrWithoutASignature() {
    String payload = Base64URL.encode(validClaims().build().toString()).toString();
    String signature = TestTokens.hs256(validClaims().build()).split("\\.")[2];
    for (String header :
        new String[] {"{\"alg\":\"none\"}", "{\"alg\":\"none\",\"typ\":\"JWT\"}"}) {
      String encodedHeader = Base64URL.encode(header).toString();
      rejection(verifier, encodedHeader + "." + payload + ".");
      rejection(verifier, encodedHeader + "." + payload + "." + signature);
    }
  }

  @Test
  void noneSpelledOtherwiseIsAnAlgorithmNotAccepted() {
    String payload = Base64URL.encode(validClaims().build().toString()).toString();
    String signature = TestTokens.hs256(validClaims().build()).split("\\.")[2];
    for (String none : new String[] {"None", "NONE", "nOnE"}) {
      String header = Base64URL.encode("{\"alg\":\"" + none + "\"}").toString();
      rejection(verifier, header + "." + payload + ".");
      assertRejected(verifier, header + "." + payload + "." + signature, "not accepted");
    }
  }

  @Test
  void hmacAlgorithmsOtherThanHs256AreRefusedEvenWithTheRightSecret() {
    byte[] longSecret = new byte[64];
    new SecureRandom().nextBytes(longSecret);
    TokenVerifier withLongSecret =
        new TokenVerifier(TokenSettings.builder().hmacSecret(longSecret).build());
    for (JWSAlgorithm algorithm : new JWSAlgorithm[] {JWSAlgorithm.HS384, JWSAlgorithm.HS512}) {
      String token =
          TestTokens.sign(
              TestTokens.header(algorithm).build(),
              validClaims().build(),
              TestTokens.macSigner(longSecret));
      assertRejected(withLongSecret, token, "algorithm " + algorithm + " is not accepted");
    }
  }

  @Test
  void anRs256TokenIsRefusedWhenOnlyTheHmacSecretIsConfigured() {
    assertRejected(
        verifier, TestTokens.rs256(validClaims().build()), "algorithm RS256 is not accepted");
    assertRejected(
        verifier, TestTokens.es256(validClaims().build()), "algorithm ES256 is not accepted");
  }

  @Test
  void anEncryptedTokenIsRefused() throws JOSEException {
    EncryptedJWT encrypted =
        new EncryptedJWT(
            new JWEHeader(JWEAlgorithm.DIR, EncryptionMethod.A256GCM), validClaims().build());
    encrypted.encrypt(new DirectEncrypter(new byte[32]));

    assertRejected(verifier, encrypted.serialize(), "encrypted");
  }
}
