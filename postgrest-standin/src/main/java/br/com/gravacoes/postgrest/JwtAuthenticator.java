package br.com.gravacoes.postgrest;

import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.text.ParseException;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;

/**
 * PostgREST's JWT authentication: the {@code Authorization: Bearer} token, verified with the
 * project's secret, gives the role; no token means the anonymous role.
 */
final class JwtAuthenticator {

  /** PostgREST tolerates this much clock skew on exp, nbf and iat. */
  private static final Duration ALLOWED_SKEW = Duration.ofSeconds(30);

  private JwtAuthenticator() {}

  static Role authenticate(String authorization, SupabaseProject project, Instant now)
      throws ApiError {
    String token = bearerToken(authorization);
    if (token.isEmpty()) {
      return Role.ANONYMOUS;
    }
    int parts = token.split("\\.", -1).length;
    if (parts != 3) {
      throw PostgrestErrors.jwtInvalid(
          "JWSError (CompactDecodeError Invalid number of parts: Expected 3 parts; got "
              + parts
              + ")");
    }
    SignedJWT jwt =
        HsSignature.verified(token, project.jwtSecret())
            .orElseThrow(() -> PostgrestErrors.jwtInvalid("JWSError JWSInvalidSignature"));
    JWTClaimsSet claims;
    try {
      claims = jwt.getJWTClaimsSet();
    } catch (ParseException e) {
      throw PostgrestErrors.jwtClaims("Parsing claims failed");
    }
    checkTimes(claims, now);
    return claims.getClaim("role") instanceof String role && !role.isEmpty()
        ? new Role(role)
        : Role.ANONYMOUS;
  }

  /** PostgREST reads the second word of a {@code Bearer} header; anything else is no token. */
  private static String bearerToken(String authorization) {
    if (authorization == null) {
      return "";
    }
    String[] words = authorization.split(" ", -1);
    if (words.length >= 2 && (words[0].equals("Bearer") || words[0].equals("bearer"))) {
      return words[1];
    }
    return "";
  }

  private static void checkTimes(JWTClaimsSet claims, Instant now) throws ApiError {
    if (before(claims.getExpirationTime(), now.minus(ALLOWED_SKEW))) {
      throw PostgrestErrors.jwtClaims("JWT expired");
    }
    if (after(claims.getNotBeforeTime(), now.plus(ALLOWED_SKEW))) {
      throw PostgrestErrors.jwtClaims("JWT not yet valid");
    }
    if (after(claims.getIssueTime(), now.plus(ALLOWED_SKEW))) {
      throw PostgrestErrors.jwtClaims("JWT issued at future");
    }
  }

  private static boolean before(Date date, Instant limit) {
    return date != null && date.toInstant().isBefore(limit);
  }

  private static boolean after(Date date, Instant limit) {
    return date != null && date.toInstant().isAfter(limit);
  }
}
