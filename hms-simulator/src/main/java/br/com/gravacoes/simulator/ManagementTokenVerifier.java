package br.com.gravacoes.simulator;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.text.ParseException;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Optional;
import java.util.function.Function;

/** Checks 100ms management tokens the way the real API does and tells which app sent them. */
final class ManagementTokenVerifier {

  /**
   * Clock skew tolerated on iat/nbf; the official SDK backdates iat by 10 s for the same reason.
   */
  private static final Duration LEEWAY = Duration.ofSeconds(10);

  private static final String BEARER = "Bearer ";

  private final Function<String, Optional<String>> secretOfApp;

  ManagementTokenVerifier(Function<String, Optional<String>> secretOfApp) {
    this.secretOfApp = secretOfApp;
  }

  /** Returns the access key of the app that signed the token. */
  String verify(String authorization, Instant now) throws ApiException {
    SignedJWT jwt = parse(bearerToken(authorization));
    if (!JWSAlgorithm.HS256.equals(jwt.getHeader().getAlgorithm())) {
      throw ApiException.unauthorized(
          "unsupported signing algorithm " + jwt.getHeader().getAlgorithm());
    }
    JWTClaimsSet claims = claimsOf(jwt);
    if (!(claims.getClaim("access_key") instanceof String accessKey)) {
      throw ApiException.unauthorized("missing access_key claim");
    }
    String secret =
        secretOfApp
            .apply(accessKey)
            .orElseThrow(() -> ApiException.unauthorized("unknown access key"));
    if (!signatureMatches(jwt, secret)) {
      throw ApiException.unauthorized("signature verification failed");
    }
    checkClaims(claims, now);
    return accessKey;
  }

  private static String bearerToken(String authorization) throws ApiException {
    if (authorization == null || authorization.isBlank()) {
      throw ApiException.unauthorized("missing Authorization header");
    }
    if (!authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
      throw ApiException.unauthorized("Authorization header is not a Bearer token");
    }
    return authorization.substring(BEARER.length()).trim();
  }

  private static SignedJWT parse(String token) throws ApiException {
    try {
      return SignedJWT.parse(token);
    } catch (ParseException e) {
      // Unsigned ("alg": "none") tokens land here too: nimbus refuses them as JWS.
      throw ApiException.unauthorized("malformed token: " + e.getMessage());
    }
  }

  private static JWTClaimsSet claimsOf(SignedJWT jwt) throws ApiException {
    try {
      return jwt.getJWTClaimsSet();
    } catch (ParseException e) {
      throw ApiException.unauthorized("malformed claims: " + e.getMessage());
    }
  }

  /**
   * Computed here instead of with nimbus' MACVerifier because that one refuses secrets shorter than
   * 256 bits, while 100ms accepts whatever secret the app has.
   */
  private static boolean signatureMatches(SignedJWT jwt, String secret) {
    byte[] expected = Hmac.sha256(secret.getBytes(StandardCharsets.UTF_8), jwt.getSigningInput());
    return MessageDigest.isEqual(expected, jwt.getSignature().decode());
  }

  private static void checkClaims(JWTClaimsSet claims, Instant now) throws ApiException {
    if (!"management".equals(claims.getClaim("type"))) {
      throw ApiException.unauthorized("token type must be management");
    }
    if (!(claims.getClaim("version") instanceof Number version) || version.doubleValue() != 2) {
      throw ApiException.unauthorized("token version must be 2");
    }
    if (claims.getJWTID() == null || claims.getJWTID().isBlank()) {
      throw ApiException.unauthorized("missing jti claim");
    }
    Date expiration = claims.getExpirationTime();
    if (expiration == null) {
      throw ApiException.unauthorized("missing exp claim");
    }
    if (!expiration.toInstant().isAfter(now)) {
      throw ApiException.unauthorized("token is expired");
    }
    Instant latestAccepted = now.plus(LEEWAY);
    if (isAfter(claims.getNotBeforeTime(), latestAccepted)
        || isAfter(claims.getIssueTime(), latestAccepted)) {
      throw ApiException.unauthorized("token is not valid yet");
    }
  }

  private static boolean isAfter(Date date, Instant limit) {
    return date != null && date.toInstant().isAfter(limit);
  }
}
