package br.com.gravacoes.adapters.rest.auth;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Builds {@link TokenSettings} from the defaults, changing only what is configured. */
public final class TokenSettingsBuilder {

  private Optional<byte[]> hmacSecret = Optional.empty();
  private Optional<URI> jwksUrl = Optional.empty();
  private Optional<String> issuer = Optional.empty();
  private Optional<String> audience = Optional.empty();
  private Duration clockSkew = TokenSettings.DEFAULT_CLOCK_SKEW;
  private String tenantClaim = TokenSettings.DEFAULT_TENANT_CLAIM;
  private List<String> roleClaims = TokenSettings.DEFAULT_ROLE_CLAIMS;
  private Set<String> adminRoles = TokenSettings.DEFAULT_ADMIN_ROLES;
  private JwksFetchSettings jwksFetch = JwksFetchSettings.defaults();

  TokenSettingsBuilder() {}

  public TokenSettingsBuilder hmacSecret(byte[] secret) {
    this.hmacSecret = Optional.of(secret.clone());
    return this;
  }

  /**
   * The secret as Supabase shows it (Project Settings, API, JWT secret): Supabase Auth signs with
   * the UTF-8 bytes of that text as it is, not with its base64 decoding.
   */
  public TokenSettingsBuilder hmacSecret(String secret) {
    return hmacSecret(secret.getBytes(StandardCharsets.UTF_8));
  }

  public TokenSettingsBuilder jwksUrl(URI url) {
    this.jwksUrl = Optional.of(url);
    return this;
  }

  public TokenSettingsBuilder issuer(String issuer) {
    this.issuer = Optional.of(issuer);
    return this;
  }

  public TokenSettingsBuilder audience(String audience) {
    this.audience = Optional.of(audience);
    return this;
  }

  public TokenSettingsBuilder clockSkew(Duration clockSkew) {
    this.clockSkew = clockSkew;
    return this;
  }

  public TokenSettingsBuilder tenantClaim(String dottedPath) {
    this.tenantClaim = dottedPath;
    return this;
  }

  /** Dotted paths, tried in order; the first that holds a non-blank string is the role. */
  public TokenSettingsBuilder roleClaims(List<String> dottedPaths) {
    this.roleClaims = dottedPaths;
    return this;
  }

  public TokenSettingsBuilder adminRoles(Set<String> adminRoles) {
    this.adminRoles = adminRoles;
    return this;
  }

  public TokenSettingsBuilder jwksFetch(JwksFetchSettings jwksFetch) {
    this.jwksFetch = jwksFetch;
    return this;
  }

  /**
   * @throws IllegalArgumentException if no key is configured, the secret is shorter than 32 bytes,
   *     or a value is malformed
   */
  public TokenSettings build() {
    return new TokenSettings(
        hmacSecret,
        jwksUrl,
        issuer,
        audience,
        clockSkew,
        tenantClaim,
        roleClaims,
        adminRoles,
        jwksFetch);
  }
}
