package br.com.gravacoes.adapters.supabase;

import static org.assertj.core.api.Assertions.assertThat;

import br.com.gravacoes.postgrest.SupabaseProject;
import org.junit.jupiter.api.Test;

class SupabaseKeysTest {

  private static final SupabaseProject PROJECT = SupabaseProject.withRandomSecret("chaves");

  @Test
  void theAnonAndPublishableKeysArePublic() {
    assertThat(SupabaseKeys.isPublic(PROJECT.keys().anonKey())).isTrue();
    assertThat(SupabaseKeys.isPublic("sb_publishable_abc123")).isTrue();
  }

  @Test
  void serviceKeysAndUnreadableOnesAreNot() {
    assertThat(SupabaseKeys.isPublic(PROJECT.keys().serviceRoleKey())).isFalse();
    assertThat(SupabaseKeys.isPublic("sb_secret_abc123")).isFalse();
    assertThat(SupabaseKeys.isPublic("a.%%%.c")).isFalse();
    assertThat(SupabaseKeys.isPublic("a.bm90IGpzb24.c")).isFalse();
    assertThat(SupabaseKeys.isPublic("plain-key")).isFalse();
  }
}
