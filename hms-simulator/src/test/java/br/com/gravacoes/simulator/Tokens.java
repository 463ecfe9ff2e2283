package br.com.gravacoes.simulator;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.util.Base64URL;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** Management tokens for tests, built like the official 100ms server SDK builds them. */
final class Tokens {

  private Tokens() {}

  static String management(String accessKey, String secret) {
    return sign(JWSAlgorithm.HS256, secret, claims(accessKey).build());
  }

  /** Claims as the SDK sets them: iat backdated 10 s, nbf = iat, 24 h validity. */
  static JWTClaimsSet.Builder claims(String accessKey) {
    Instant issuedAt = Instant.now().minusSeconds(10);
    return new JWTClaimsSet.Builder()
        .claim("access_key", accessKey)
        .claim("type", "management")
        .claim("version", 2)
        .jwtID(UUID.randomUUID().toString())
        .issueTime(Date.from(issuedAt))
        .notBeforeTime(Date.from(issuedAt))
        .expirationTime(Date.from(issuedAt.plus(Duration.ofHours(24))));
  }

  static String sign(JWSAlgorithm algorithm, String secret, JWTClaimsSet claims) {
    try {
      SignedJWT jwt = new SignedJWT(new JWSHeader(algorithm), claims);
      jwt.sign(new MACSigner(secret.getBytes(StandardCharsets.UTF_8)));
      return jwt.serialize();
    } catch (JOSEException e) {
      throw new IllegalStateException(e);
    }
  }

  static String unsigned(JWTClaimsSet claims) {
    return new PlainJWT(claims).serialize();
  }

  /**
   * HS256 by hand: nimbus' MACSigner refuses secrets shorter than 256 bits, other libraries do not.
   */
  static String signWithAnySecret(String secret, JWTClaimsSet claims) throws Exception {
    String signingInput =
        new JWSHeader(JWSAlgorithm.HS256).toBase64URL() + "." + Base64URL.encode(claims.toString());
    Mac mac = Mac.getInstance("HmacSHA256");
    mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
    byte[] signature = mac.doFinal(signingInput.getBytes(StandardCharsets.US_ASCII));
    return signingInput + "." + Base64URL.encode(signature);
  }
}
