package br.com.gravacoes.bootstrap;

import br.com.gravacoes.adapters.rest.auth.TestTokens;
import com.nimbusds.jwt.JWTClaimsSet;

/**
 * Access tokens the deployed service accepts (Supabase-shaped: HS256 with the project's secret,
 * audience {@code authenticated}, the role in {@code app_metadata.role}), and claims to forge
 * others from.
 */
final class ItTokens {

  private ItTokens() {}

  /** An administrator of the tenant. */
  static String admin(String tenant) {
    return TestTokens.hs256(claims(tenant, "admin").build());
  }

  /** Claims of a user of the tenant with that role, valid for ten minutes. */
  static JWTClaimsSet.Builder claims(String tenant, String role) {
    return TestTokens.supabaseClaims(role).claim("tenant_id", tenant).subject("admin-" + tenant);
  }
}
