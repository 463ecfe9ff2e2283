package br.com.gravacoes.adapters.rest.auth;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * What makes an access token acceptable: the keys (an HS256 secret, a JWKS URL for RS256/ES256, or
 * both), the expected issuer and audience, the clock skew tolerated, and where in the claims the
 * tenant and the role are found (dotted paths into nested objects, such as {@code
 * app_metadata.role}).
 */
public record TokenSettings(
    Optional<byte[]> hmacSecret,
    Optional<URI> jwksUrl,
    Optional<String> issuer,
    Optional<String> audience,
    Duration clockSkew,
    String tenantClaim,
    List<String> roleClaims,
    Set<String> adminRoles,
    JwksFetchSettings jwksFetch) {

  /** RFC 7518 §3.2: an HS256 key must be at least as long as the hash, 256 bits. */
  public static final int MIN_HMAC_SECRET_BYTES = 32;

  public static final Duration DEFAULT_CLOCK_SKEW = Duration.ofSeconds(30);
  public static final String DEFAULT_TENANT_CLAIM = "tenant_id";

  /**
   * Supabase's top-level {@code role} is always "authenticated"; the real one is in app_metadata.
   */
  public static final List<String> DEFAULT_ROLE_CLAIMS = List.of("app_metadata.role", "role");

  public static final Set<String> DEFAULT_ADMIN_ROLES = Set.of("admin");

  public TokenSettings {
    hmacSecret = Objects.requireNonNull(hmacSecret, "hmacSecret").map(byte[]::clone);
    Objects.requireNonNull(jwksUrl, "jwksUrl");
    if (hmacSecret.isEmpty() && jwksUrl.isEmpty()) {
      throw new IllegalArgumentException("an HS256 secret or a JWKS URL (or both) is required");
    }
    if (hmacSecret.isPresent() && hmacSecret.get().length < MIN_HMAC_SECRET_BYTES) {
      throw new IllegalArgumentException(
          "the HS256 secret must be at least " + MIN_HMAC_SECRET_BYTES + " bytes");
    }
    jwksUrl.ifPresent(TokenSettings::requireHttp);
    requireNotBlank(Objects.requireNonNull(issuer, "issuer"), "issuer");
    requireNotBlank(Objects.requireNonNull(audience, "audience"), "audience");
    Objects.requireNonNull(clockSkew, "clockSkew");
    if (clockSkew.isNegative() || clockSkew.toSeconds() > Integer.MAX_VALUE) {
      throw new IllegalArgumentException("clockSkew must not be negative");
    }
    ClaimPath.requireValid(tenantClaim);
    roleClaims = List.copyOf(roleClaims);
    roleClaims.forEach(ClaimPath::requireValid);
    adminRoles = Set.copyOf(adminRoles);
    Objects.requireNonNull(jwksFetch, "jwksFetch");
  }

  public static TokenSettingsBuilder builder() {
    return new TokenSettingsBuilder();
  }

  /** A copy, so the secret cannot be changed from outside. */
  @Override
  public Optional<byte[]> hmacSecret() {
    return hmacSecret.map(byte[]::clone);
  }

  /** Without the secret, so settings can be logged. */
  @Override
  public String toString() {
    return "TokenSettings[hmacSecret="
        + hmacSecret.map(secret -> "(" + secret.length + " bytes)").orElse("none")
        + ", jwksUrl="
        + jwksUrl.map(URI::toString).orElse("none")
        + ", issuer="
        + issuer.orElse("any")
        + ", audience="
        + audience.orElse("any")
        + ", clockSkew="
        + clockSkew
        + ", tenantClaim="
        + tenantClaim
        + ", roleClaims="
        + roleClaims
        + ", adminRoles="
        + adminRoles
        + ", jwksFetch="
        + jwksFetch
        + "]";
  }

  private static void requireHttp(URI url) {
    String scheme = url.getScheme();
    if (!url.isAbsolute()
        || !("https".equalsIgnoreCase(scheme) || "http".equalsIgnoreCase(scheme))) {
      throw new IllegalArgumentException("the JWKS URL must be an absolute http(s) URL: " + url);
    }
  }

  private static void requireNotBlank(Optional<String> value, String name) {
    if (value.isPresent() && value.get().isBlank()) {
      throw new IllegalArgumentException(name + " must not be blank; leave it out to accept any");
    }
  }
}
