package br.com.gravacoes.postgrest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Test;

/** Keys minted as Supabase mints them, and the checks on a project's settings. */
class ProjectKeysTest {

  private final SupabaseProject project = SupabaseProject.withRandomSecret("abcdefghijklmnopqrst");

  @Test
  void theServiceKeyCarriesSupabasesClaimsAndVerifiesWithTheSecret() throws Exception {
    SignedJWT key = SignedJWT.parse(project.keys().serviceRoleKey());
    JWTClaimsSet claims = key.getJWTClaimsSet();

    assertThat(key.getHeader().getAlgorithm()).isEqualTo(JWSAlgorithm.HS256);
    assertThat(claims.getIssuer()).isEqualTo("supabase");
    assertThat(claims.getClaim("ref")).isEqualTo("abcdefghijklmnopqrst");
    assertThat(claims.getClaim("role")).isEqualTo("service_role");
    assertThat(claims.getIssueTime()).isNotNull();
    assertThat(claims.getExpirationTime().toInstant())
        .isAfter(Instant.now().plus(3000, ChronoUnit.DAYS));
    assertThat(HsSignature.verified(key.serialize(), project.jwtSecret())).isPresent();
  }

  @Test
  void theAnonKeyHasTheAnonRoleAndTheExpiredKeyIsPast() throws Exception {
    assertThat(SignedJWT.parse(project.keys().anonKey()).getJWTClaimsSet().getClaim("role"))
        .isEqualTo("anon");
    assertThat(
            SignedJWT.parse(project.keys().expiredServiceRoleKey())
                .getJWTClaimsSet()
                .getExpirationTime()
                .toInstant())
        .isBefore(Instant.now().minus(59, ChronoUnit.MINUTES));
  }

  @Test
  void projectsRefuseShortSecretsAndUnsafeNames() {
    assertThatThrownBy(() -> new SupabaseProject("abc", "supabase_abc", "too-short"))
        .hasMessageContaining("32 bytes");
    assertThatThrownBy(
            () -> new SupabaseProject("abc", "x; DROP TABLE y", "0123456789abcdef0123456789abcdef"))
        .hasMessageContaining("schema");
    assertThatThrownBy(() -> new SupabaseProject("a/b", "ok", "0123456789abcdef0123456789abcdef"))
        .hasMessageContaining("ref");
  }
}
