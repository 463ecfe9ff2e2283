package br.com.gravacoes.adapters.rest.auth;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** How callers prove who they are (MicroProfile Config keys gravacoes.auth.*). */
@ApplicationScoped
public class AuthSettings {

  @Inject
  @ConfigProperty(name = "gravacoes.auth.hs256-secret")
  Optional<String> hmacSecret;

  @Inject
  @ConfigProperty(name = "gravacoes.auth.jwks-url")
  Optional<URI> jwksUrl;

  @Inject
  @ConfigProperty(name = "gravacoes.auth.issuer")
  Optional<String> issuer;

  @Inject
  @ConfigProperty(name = "gravacoes.auth.audience")
  Optional<String> audience;

  @Inject
  @ConfigProperty(name = "gravacoes.auth.clock-skew-seconds", defaultValue = "30")
  long clockSkewSeconds;

  @Inject
  @ConfigProperty(name = "gravacoes.auth.tenant-claim", defaultValue = "tenant_id")
  String tenantClaim;

  @Inject
  @ConfigProperty(name = "gravacoes.auth.role-claims", defaultValue = "app_metadata.role,role")
  String roleClaims;

  @Inject
  @ConfigProperty(name = "gravacoes.auth.admin-roles", defaultValue = "admin")
  String adminRoles;

  @Inject
  @ConfigProperty(name = "gravacoes.auth.cookie", defaultValue = "gravacoes_token")
  String cookie;

  @Inject
  @ConfigProperty(name = "gravacoes.auth.allowed-origins", defaultValue = " ")
  String allowedOrigins;

  /** The token checks, or empty when neither a secret nor a JWKS URL is configured. */
  public Optional<TokenSettings> tokenSettings() {
    if (hmacSecret.filter(s -> !s.isBlank()).isEmpty() && jwksUrl.isEmpty()) {
      return Optional.empty();
    }
    TokenSettingsBuilder builder =
        TokenSettings.builder()
            .clockSkew(Duration.ofSeconds(clockSkewSeconds))
            .tenantClaim(tenantClaim.strip())
            .roleClaims(list(roleClaims))
            .adminRoles(new LinkedHashSet<>(list(adminRoles)));
    hmacSecret.filter(s -> !s.isBlank()).ifPresent(builder::hmacSecret);
    jwksUrl.ifPresent(builder::jwksUrl);
    issuer.filter(s -> !s.isBlank()).ifPresent(builder::issuer);
    audience.filter(s -> !s.isBlank()).ifPresent(builder::audience);
    return Optional.of(builder.build());
  }

  /** The cookie a same-origin frontend keeps the token in. */
  public String cookie() {
    return cookie;
  }

  /**
   * Origins allowed to send cookie-authenticated writes, as {@code scheme://host[:port]}; empty
   * means only the service's own origin.
   */
  public Set<String> allowedOrigins() {
    return new LinkedHashSet<>(list(allowedOrigins));
  }

  private static List<String> list(String commaSeparated) {
    return Arrays.stream(commaSeparated.split(","))
        .map(String::strip)
        .filter(item -> !item.isEmpty())
        .toList();
  }
}
