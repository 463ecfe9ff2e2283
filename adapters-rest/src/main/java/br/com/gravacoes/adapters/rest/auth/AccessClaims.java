package br.com.gravacoes.adapters.rest.auth;

import br.com.gravacoes.domain.tenant.TenantId;
import com.nimbusds.jwt.JWTClaimsSet;
import java.math.BigInteger;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Turns the claims of a verified token into a {@link VerifiedToken}: tenant, role and admin. */
final class AccessClaims {

  private final String tenantClaim;
  private final List<String> roleClaims;
  private final Set<String> adminRoles;

  AccessClaims(TokenSettings settings) {
    this.tenantClaim = settings.tenantClaim();
    this.roleClaims = settings.roleClaims();
    this.adminRoles = settings.adminRoles();
  }

  VerifiedToken read(JWTClaimsSet claims) {
    Optional<String> role = role(claims);
    return new VerifiedToken(
        claims.getSubject(),
        tenantId(claims),
        role,
        role.filter(adminRoles::contains).isPresent(),
        claims.getExpirationTime().toInstant());
  }

  /** A string, or an integer (some providers number their tenants), that is a valid tenant id. */
  private String tenantId(JWTClaimsSet claims) {
    Object value =
        ClaimPath.read(claims.getClaims(), tenantClaim)
            .orElseThrow(
                () -> new InvalidTokenException("tenant claim " + tenantClaim + " is missing"));
    String tenantId;
    if (value instanceof String text) {
      tenantId = text;
    } else if (value instanceof Long || value instanceof Integer || value instanceof BigInteger) {
      tenantId = value.toString();
    } else {
      throw new InvalidTokenException(
          "tenant claim " + tenantClaim + " is neither a string nor an integer");
    }
    try {
      return new TenantId(tenantId).value();
    } catch (IllegalArgumentException e) {
      throw new InvalidTokenException("tenant claim " + tenantClaim + " is not a valid tenant id");
    }
  }

  /**
   * The first role path that holds a non-blank string. A path holding something else (a list, an
   * object) is skipped rather than refused: a role that cannot be read grants nothing.
   */
  private Optional<String> role(JWTClaimsSet claims) {
    for (String path : roleClaims) {
      Optional<String> role =
          ClaimPath.read(claims.getClaims(), path)
              .filter(String.class::isInstance)
              .map(String.class::cast)
              .filter(text -> !text.isBlank());
      if (role.isPresent()) {
        return role;
      }
    }
    return Optional.empty();
  }
}
