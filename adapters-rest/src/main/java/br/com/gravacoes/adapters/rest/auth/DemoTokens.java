package br.com.gravacoes.adapters.rest.auth;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * Mints the demo tenant's admin token the way the Run command does (Supabase-shaped: HS256, the
 * role in {@code app_metadata.role}), but from the verifier's own settings, so the token is one the
 * service accepts whatever tenant claim, role claim, issuer or audience is configured.
 */
final class DemoTokens {

  private DemoTokens() {}

  /**
   * A signed admin token, or empty when no HS256 secret is configured to sign it with (or no role
   * makes anyone an admin).
   */
  static Optional<String> mint(
      TokenSettings settings, String tenant, String userId, Duration validity, Instant now) {
    if (!available(settings)) {
      return Optional.empty();
    }
    Optional<byte[]> secret = settings.hmacSecret();
    Map<String, Object> claims = new LinkedHashMap<>();
    claims.put("role", "authenticated");
    put(claims, settings.roleClaims().get(0), new TreeSet<>(settings.adminRoles()).first());
    put(claims, settings.tenantClaim(), tenant);
    JWTClaimsSet.Builder builder =
        new JWTClaimsSet.Builder()
            .subject(userId)
            .audience(settings.audience().orElse("authenticated"))
            .issueTime(Date.from(now))
            .expirationTime(Date.from(now.plus(validity)));
    settings.issuer().ifPresent(builder::issuer);
    claims.forEach(builder::claim);
    SignedJWT token = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), builder.build());
    try {
      token.sign(new MACSigner(secret.get()));
    } catch (JOSEException e) {
      throw new IllegalStateException("could not sign the demo token", e);
    }
    return Optional.of(token.serialize());
  }

  /** Whether {@link #mint} can sign a token with these settings, without signing one. */
  static boolean available(TokenSettings settings) {
    return settings.hmacSecret().isPresent()
        && !settings.roleClaims().isEmpty()
        && !settings.adminRoles().isEmpty();
  }

  /** Puts the value at a dotted path, creating the nested objects on the way. */
  @SuppressWarnings("unchecked")
  private static void put(Map<String, Object> claims, String dottedPath, Object value) {
    String[] names = dottedPath.split("\\.");
    Map<String, Object> object = claims;
    for (int i = 0; i < names.length - 1; i++) {
      Object next = object.get(names[i]);
      if (!(next instanceof Map<?, ?>)) {
        next = new LinkedHashMap<String, Object>();
        object.put(names[i], next);
      }
      object = (Map<String, Object>) next;
    }
    object.put(names[names.length - 1], value);
  }
}
