package br.com.gravacoes.adapters.rest.auth;

import static br.com.gravacoes.adapters.rest.auth.Rejections.assertRejected;
import static br.com.gravacoes.adapters.rest.auth.TestTokens.hs256;
import static br.com.gravacoes.adapters.rest.auth.TestTokens.validClaims;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Where the tenant and the role are read from, and who counts as an administrator. */
class AccessClaimsTest {

  private final TokenVerifier verifier = new TokenVerifier(TestTokens.hmacSettings().build());

  @Test
  void aTokenWithoutTenantIsRefused() {
    assertRejected(
        verifier, hs256(validClaims().claim("tenant_id", null).build()), "tenant_id is missing");
  }

  @Test
  void aTenantThatIsNeitherTextNorAnIntegerIsRefused() {
    assertRejected(verifier, hs256(validClaims().claim("tenant_id", true).build()), "neither");
    assertRejected(
        verifier, hs256(validClaims().claim("tenant_id", Map.of("id", "a")).build()), "neither");
    assertRejected(verifier, hs256(validClaims().claim("tenant_id", 1.5).build()), "neither");
  }

  @Test
  void aTenantThatIsNotAValidTenantIdIsRefused() {
    assertRejected(
        verifier, hs256(validClaims().claim("tenant_id", "a b/c").build()), "not a valid tenant");
    assertRejected(verifier, hs256(validClaims().claim("tenant_id", "").build()), "not a valid");
  }

  @Test
  void anIntegerTenantIsReadAsItsDigits() {
    assertThat(verifier.verify(hs256(validClaims().claim("tenant_id", 42).build())).tenantId())
        .isEqualTo("42");
  }

  @Test
  void theTenantCanBeReadFromANestedClaim() {
    TokenVerifier nested =
        new TokenVerifier(TestTokens.hmacSettings().tenantClaim("app_metadata.tenant_id").build());
    String token =
        hs256(
            validClaims()
                .claim("tenant_id", null)
                .claim("app_metadata", Map.of("tenant_id", "tenant-nested"))
                .build());

    assertThat(nested.verify(token).tenantId()).isEqualTo("tenant-nested");
    assertRejected(nested, hs256(validClaims().build()), "app_metadata.tenant_id is missing");
  }

  @Test
  void theRoleInAppMetadataWinsOverSupabasesTopLevelRole() {
    VerifiedToken verified = verifier.verify(hs256(TestTokens.supabaseClaims("admin").build()));

    assertThat(verified.role()).contains("admin");
    assertThat(verified.admin()).isTrue();
  }

  @Test
  void aNonAdminRoleIsNotAdmin() {
    VerifiedToken verified = verifier.verify(hs256(TestTokens.supabaseClaims("member").build()));

    assertThat(verified.role()).contains("member");
    assertThat(verified.admin()).isFalse();
  }

  @Test
  void withoutAppMetadataTheTopLevelRoleIsUsed() {
    VerifiedToken verified =
        verifier.verify(hs256(validClaims().claim("role", "authenticated").build()));

    assertThat(verified.role()).contains("authenticated");
    assertThat(verified.admin()).isFalse();
  }

  @Test
  void aTopLevelAdminRoleCountsWhenAppMetadataHasNone() {
    String token =
        hs256(
            validClaims()
                .claim("role", "admin")
                .claim("app_metadata", Map.of("provider", "email"))
                .build());

    assertThat(verifier.verify(token).admin()).isTrue();
  }

  @Test
  void aRoleThatIsNotTextIsSkipped() {
    String token =
        hs256(
            validClaims()
                .claim("app_metadata", Map.of("role", List.of("admin")))
                .claim("role", "authenticated")
                .build());

    assertThat(verifier.verify(token).role()).contains("authenticated");
  }

  @Test
  void roleClaimsAndAdminRolesAreConfigurable() {
    TokenVerifier custom =
        new TokenVerifier(
            TestTokens.hmacSettings()
                .roleClaims(List.of("realm.access.role"))
                .adminRoles(Set.of("owner", "superuser"))
                .build());
    String owner =
        hs256(
            validClaims()
                .claim("role", "admin")
                .claim("realm", Map.of("access", Map.of("role", "owner")))
                .build());

    assertThat(custom.verify(owner).role()).contains("owner");
    assertThat(custom.verify(owner).admin()).isTrue();
    assertThat(custom.verify(hs256(validClaims().claim("role", "admin").build())).admin())
        .isFalse();
  }
}
