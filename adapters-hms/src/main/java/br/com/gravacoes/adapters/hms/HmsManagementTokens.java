package br.com.gravacoes.adapters.hms;

import br.com.gravacoes.domain.tenant.HmsCredentials;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.HexFormat;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Issues 100ms management tokens exactly as the official server SDK does (HS256 with the app
 * secret; claims access_key, type=management, version=2, jti; iat 10 s in the past for clock skew,
 * nbf=iat, exp 24 h later), caches one per app and renews it 30 s before it expires.
 */
final class HmsManagementTokens {

  static final Duration CLOCK_SKEW = Duration.ofSeconds(10);
  static final Duration LIFETIME = Duration.ofHours(24);
  static final Duration RENEW_BEFORE_EXPIRY = Duration.ofSeconds(30);

  private record CachedToken(String value, Instant expiresAt) {}

  private final Map<String, CachedToken> cache = new ConcurrentHashMap<>();
  private final Clock clock;

  HmsManagementTokens(Clock clock) {
    this.clock = clock;
  }

  /** A valid token for the app, from the cache when it still has more than 30 s to live. */
  String tokenFor(HmsCredentials credentials) {
    String key = cacheKey(credentials);
    Instant now = clock.instant();
    CachedToken cached = cache.get(key);
    if (cached != null && now.isBefore(cached.expiresAt().minus(RENEW_BEFORE_EXPIRY))) {
      return cached.value();
    }
    CachedToken fresh = issue(credentials, now);
    cache.put(key, fresh);
    return fresh.value();
  }

  /**
   * A new token that is not cached: for credentials being tried out, which may never be used again.
   */
  String freshToken(HmsCredentials credentials) {
    return issue(credentials, clock.instant()).value();
  }

  /** Forgets the app's token, after 100ms refused it. */
  void invalidate(HmsCredentials credentials) {
    cache.remove(cacheKey(credentials));
  }

  private static CachedToken issue(HmsCredentials credentials, Instant now) {
    Instant issuedAt = now.minus(CLOCK_SKEW);
    Instant expiresAt = issuedAt.plus(LIFETIME);
    JWTClaimsSet claims =
        new JWTClaimsSet.Builder()
            .claim("access_key", credentials.appAccessKey())
            .claim("type", "management")
            .claim("version", 2)
            .jwtID(UUID.randomUUID().toString())
            .issueTime(Date.from(issuedAt))
            .notBeforeTime(Date.from(issuedAt))
            .expirationTime(Date.from(expiresAt))
            .build();
    SignedJWT jwt =
        new SignedJWT(
            new JWSHeader.Builder(JWSAlgorithm.HS256).type(JOSEObjectType.JWT).build(), claims);
    try {
      jwt.sign(new MACSigner(secretBytes(credentials.appSecret())));
    } catch (JOSEException e) {
      throw new IllegalStateException("could not sign the 100ms management token", e);
    }
    return new CachedToken(jwt.serialize(), expiresAt);
  }

  /**
   * The secret's raw bytes, as 100ms uses them. HS256 needs at least 256 bits (RFC 7518, and nimbus
   * enforces it); 100ms app secrets are longer, so a shorter one is a misconfiguration.
   */
  private static byte[] secretBytes(String secret) {
    byte[] bytes = secret.getBytes(StandardCharsets.UTF_8);
    if (bytes.length < 32) {
      throw new HmsSecretTooShortException();
    }
    return bytes;
  }

  /** One cache entry per app and secret, so a rotated secret never reuses an old token. */
  private static String cacheKey(HmsCredentials credentials) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256")
              .digest(credentials.appSecret().getBytes(StandardCharsets.UTF_8));
      return credentials.appAccessKey() + ":" + HexFormat.of().formatHex(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
