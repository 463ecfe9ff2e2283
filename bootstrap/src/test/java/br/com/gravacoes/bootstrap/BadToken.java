package br.com.gravacoes.bootstrap;

import br.com.gravacoes.adapters.rest.auth.TestTokens;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.util.Base64URL;
import com.nimbusds.jwt.JWTClaimsSet;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.Date;
import java.util.Map;
import java.util.function.Function;

/**
 * Every way a caller can fail to be an administrator, each as the Authorization a request carries
 * for a tenant (minted when asked, so times are relative to the request) and the status the service
 * must answer: 401 for whoever is not authenticated, 403 for a user who is, but is no admin.
 */
enum BadToken {
  NONE("no Authorization header", 401, tenant -> null),
  NOT_A_JWT("a malformed token (not a JWT)", 401, tenant -> "not-a-jwt"),
  GARBAGE_SEGMENTS("a malformed token (three garbage segments)", 401, tenant -> "x.y.z"),
  EXPIRED(
      "a token expired 60 s ago (beyond the 30 s skew)",
      401,
      tenant ->
          TestTokens.hs256(
              admin(tenant)
                  .issueTime(at(Duration.ofMinutes(-15)))
                  .expirationTime(at(Duration.ofSeconds(-60)))
                  .build())),
  NOT_YET_VALID(
      "a token not valid for 2 more minutes (nbf)",
      401,
      tenant -> TestTokens.hs256(admin(tenant).notBeforeTime(at(Duration.ofMinutes(2))).build())),
  WRONG_SECRET(
      "a token signed with another HS256 secret",
      401,
      tenant ->
          TestTokens.hs256(
              admin(tenant).build(),
              "another-secret-that-is-not-the-projects-0123".getBytes(StandardCharsets.UTF_8))),
  TAMPERED(
      "a member's token whose payload was changed to admin",
      401,
      tenant -> withPayloadOf(member(tenant), admin(tenant).build())),
  UNKNOWN_RSA_KEY(
      "an RS256 token signed by another key under the trusted kid",
      401,
      tenant ->
          TestTokens.rs256(
              admin(tenant).build(), TestTokens.newRsaKey(TestTokens.rsaKey().getKeyID()))),
  ALG_NONE(
      "an unsigned token (alg: none)", 401, tenant -> TestTokens.unsigned(admin(tenant).build())),
  HS_KEYED_WITH_RSA_DER(
      "an HS256 token keyed with the trusted RSA public key (DER)",
      401,
      tenant -> hs256KeyedWith(admin(tenant).build(), rsaPublicKeyDer())),
  HS_KEYED_WITH_RSA_PEM(
      "an HS256 token keyed with the trusted RSA public key (PEM)",
      401,
      tenant -> hs256KeyedWith(admin(tenant).build(), rsaPublicKeyPem())),
  WRONG_AUDIENCE(
      "a token for another audience",
      401,
      tenant -> TestTokens.hs256(admin(tenant).audience("outra-aplicacao").build())),
  NO_AUDIENCE(
      "a token without audience",
      401,
      tenant -> TestTokens.hs256(admin(tenant).claim("aud", null).build())),
  MEMBER("a valid token of a member (not admin)", 403, BadToken::member),
  NO_APP_ROLE(
      "a valid token of a user without an app role",
      403,
      tenant ->
          TestTokens.hs256(
              admin(tenant).claim("app_metadata", Map.of("provider", "email")).build()));

  private final String description;
  private final int status;
  private final Function<String, String> mint;

  BadToken(String description, int status, Function<String, String> mint) {
    this.description = description;
    this.status = status;
    this.mint = mint;
  }

  /** The token to send for a user of {@code tenant}, or null for no Authorization at all. */
  String token(String tenant) {
    return mint.apply(tenant);
  }

  /** 401 or 403. */
  int status() {
    return status;
  }

  @Override
  public String toString() {
    return description;
  }

  private static JWTClaimsSet.Builder admin(String tenant) {
    return ItTokens.claims(tenant, "admin");
  }

  private static String member(String tenant) {
    return TestTokens.hs256(ItTokens.claims(tenant, "member").build());
  }

  private static Date at(Duration fromNow) {
    return Date.from(Instant.now().truncatedTo(ChronoUnit.SECONDS).plus(fromNow));
  }

  /** The header and signature of {@code token} around another payload. */
  private static String withPayloadOf(String token, JWTClaimsSet claims) {
    String[] parts = token.split("\\.");
    return parts[0] + "." + Base64URL.encode(claims.toString()) + "." + parts[2];
  }

  /** The algorithm-confusion attack: the public key, which anyone has, used as the HMAC secret. */
  private static String hs256KeyedWith(JWTClaimsSet claims, byte[] publicKey) {
    return TestTokens.sign(
        TestTokens.header(JWSAlgorithm.HS256).keyID(TestTokens.rsaKey().getKeyID()).build(),
        claims,
        TestTokens.macSigner(publicKey));
  }

  private static byte[] rsaPublicKeyDer() {
    try {
      return TestTokens.rsaKey().toRSAPublicKey().getEncoded();
    } catch (JOSEException e) {
      throw new IllegalStateException(e);
    }
  }

  private static byte[] rsaPublicKeyPem() {
    String body =
        Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
            .encodeToString(rsaPublicKeyDer());
    return ("-----BEGIN PUBLIC KEY-----\n" + body + "\n-----END PUBLIC KEY-----\n")
        .getBytes(StandardCharsets.US_ASCII);
  }
}
