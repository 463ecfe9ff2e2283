package br.com.gravacoes.adapters.rest.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** Dotted claim paths: how nested claims are found, and which paths are well formed. */
class ClaimPathTest {

  private final Map<String, Object> claims =
      Map.of("role", "authenticated", "app_metadata", Map.of("role", "admin", "n", Map.of()));

  @Test
  void readsTopLevelAndNestedClaims() {
    assertThat(ClaimPath.read(claims, "role")).contains("authenticated");
    assertThat(ClaimPath.read(claims, "app_metadata.role")).contains("admin");
  }

  @Test
  void aMissingStepOrAStepThatIsNotAnObjectReadsAsNothing() {
    assertThat(ClaimPath.read(claims, "app_metadata.tenant")).isEmpty();
    assertThat(ClaimPath.read(claims, "role.name")).isEmpty();
    assertThat(ClaimPath.read(claims, "user_metadata.role")).isEmpty();
    assertThat(ClaimPath.read(claims, "app_metadata.n.role")).isEmpty();
  }

  @Test
  void aPathIsNamesJoinedByDots() {
    ClaimPath.requireValid("a.b_c.d-e");
    for (String invalid : new String[] {"", " ", ".a", "a.", "a..b", "a b"}) {
      assertThatIllegalArgumentException().isThrownBy(() -> ClaimPath.requireValid(invalid));
    }
  }
}
