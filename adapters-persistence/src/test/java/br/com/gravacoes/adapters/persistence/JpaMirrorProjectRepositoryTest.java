package br.com.gravacoes.adapters.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import br.com.gravacoes.application.port.out.MirrorRejectedException;
import br.com.gravacoes.domain.tenant.MirrorProject;
import br.com.gravacoes.domain.tenant.TenantId;
import java.net.URI;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class JpaMirrorProjectRepositoryTest extends RepositoryTestBase {

  @Test
  void givenASavedProject_thenItIsFoundByItsTenantOnly() {
    TenantId tenant = new TenantId("tenant-mirror");
    MirrorProject saved = new MirrorProject(URI.create("https://abc.supabase.co"), "service-key");

    mirrorProjects.save(tenant, saved);

    assertThat(mirrorProjects.findByTenant(tenant)).contains(saved);
    assertThat(mirrorProjects.findByTenant(new TenantId("tenant-sem-espelho"))).isEmpty();
  }

  @Test
  void givenAProjectSavedAgain_thenItReplacesTheOldOneInTheSameRow() {
    TenantId tenant = new TenantId("tenant-moved");
    mirrorProjects.save(tenant, new MirrorProject(URI.create("https://old.supabase.co"), "old"));
    MirrorProject moved = new MirrorProject(URI.create("http://localhost:54321/"), "new-key");

    mirrorProjects.save(tenant, moved);

    assertThat(mirrorProjects.findByTenant(tenant)).contains(moved);
    assertThat(configColumn(tenant, "count(*)")).isEqualTo(1L);
    assertThat(configColumn(tenant, "bool_and(updated_at > created_at)")).isEqualTo(true);
  }

  @ParameterizedTest(name = "url ''{0}'', key ''{1}''")
  @CsvSource({
    "https://abc.supabase.co, '   '",
    "https://abc.supabase.co, ''",
    "https://abc.supabase.co, 'two words'",
    "abc.supabase.co, service-key",
    "'https://abc supabase.co', service-key",
    "ftp://abc.supabase.co, service-key"
  })
  void givenARowEditedByHandIntoSomethingUnusable_thenItIsRefusedWithoutQuotingTheKey(
      String url, String key) {
    TenantId tenant = new TenantId("tenant-edited-" + Integer.toHexString((url + key).hashCode()));
    unit.inTransaction(
        em ->
            em.createNativeQuery(
                    "INSERT INTO supabase_config (tenant_id, url, service_key) VALUES (?1, ?2, ?3)")
                .setParameter(1, tenant.value())
                .setParameter(2, url)
                .setParameter(3, key)
                .executeUpdate());

    assertThatThrownBy(() -> mirrorProjects.findByTenant(tenant))
        .isInstanceOf(MirrorRejectedException.class)
        .hasMessageContaining("Configuração do Supabase inválida para o tenant " + tenant.value())
        .satisfies(
            refusal -> {
              if (!key.isBlank()) {
                assertThat(refusal.getMessage()).doesNotContain(key);
              }
            });
  }

  @Test
  void aKeyPastedWithALineBreakOrSpacesAroundIsUsable() {
    TenantId tenant = new TenantId("tenant-pasted");
    unit.inTransaction(
        em ->
            em.createNativeQuery(
                    "INSERT INTO supabase_config (tenant_id, url, service_key) VALUES (?1, ?2, ?3)")
                .setParameter(1, tenant.value())
                .setParameter(2, " https://abc.supabase.co ")
                .setParameter(3, "service-key\n")
                .executeUpdate());

    assertThat(mirrorProjects.findByTenant(tenant))
        .contains(new MirrorProject(URI.create("https://abc.supabase.co"), "service-key"));
  }

  private static Object configColumn(TenantId tenant, String expression) {
    return unit.inTransaction(
        em ->
            em.createNativeQuery(
                    "SELECT " + expression + " FROM supabase_config WHERE tenant_id = ?1")
                .setParameter(1, tenant.value())
                .getSingleResult());
  }
}
