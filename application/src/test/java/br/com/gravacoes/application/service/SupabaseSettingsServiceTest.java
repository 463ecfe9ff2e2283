package br.com.gravacoes.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import br.com.gravacoes.application.port.in.Actor;
import br.com.gravacoes.application.port.in.InvalidSettingsException;
import br.com.gravacoes.application.port.in.SaveSupabaseSettingsCommand;
import br.com.gravacoes.application.port.in.SecretMask;
import br.com.gravacoes.application.port.in.SupabaseSettingsView;
import br.com.gravacoes.application.port.out.AuditAction;
import br.com.gravacoes.application.port.out.AuditEntry;
import br.com.gravacoes.application.testing.InMemoryAuditTrail;
import br.com.gravacoes.application.testing.InMemoryMirrorProjectRepository;
import br.com.gravacoes.application.testing.MovableClock;
import br.com.gravacoes.domain.tenant.MirrorProject;
import br.com.gravacoes.domain.tenant.TenantId;
import java.net.URI;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SupabaseSettingsServiceTest {

  private static final TenantId ACME = new TenantId("acme");
  private static final Actor ANA = new Actor("ana", ACME, "203.0.113.7");
  private static final URI URL = URI.create("https://acme.supabase.co");
  private static final String KEY = "eyJhbGciOiJIUzI1NiJ9.eyJyb2xlIjoic2VydmljZV9yb2xlIn0.sig-KEY1";
  private static final String NEW_KEY =
      "eyJhbGciOiJIUzI1NiJ9.eyJyb2xlIjoic2VydmljZV9yb2xlIn0.sig-KEY2";

  private final InMemoryMirrorProjectRepository projects = new InMemoryMirrorProjectRepository();
  private final InMemoryAuditTrail audit = new InMemoryAuditTrail();
  private final SupabaseSettingsService service =
      new SupabaseSettingsService(
          projects, audit, new MovableClock(Instant.parse("2026-03-01T10:00:00Z")));

  private SupabaseSettingsView save(String url, String key) {
    return service.save(new SaveSupabaseSettingsCommand(ANA, url, key));
  }

  @Test
  void givenNothingSaved_thenTheSettingsAreNotConfigured() {
    assertThat(service.supabaseSettings(ANA)).isEqualTo(SupabaseSettingsView.notConfigured());
  }

  @Test
  void givenASavedProject_thenTheKeyIsShownMasked_neverWhole() {
    projects.save(ACME, new MirrorProject(URL, KEY));

    SupabaseSettingsView view = service.supabaseSettings(ANA);

    assertThat(view)
        .isEqualTo(new SupabaseSettingsView(true, URL.toString(), SecretMask.mask(KEY), null));
    assertThat(view.maskedServiceKey()).endsWith("KEY1").doesNotContain(KEY);
  }

  @Test
  void savingStoresTheProjectWithoutATrailingSlash_andAuditsItWithoutTheKey() {
    save(" https://acme.supabase.co/ ", KEY);

    assertThat(projects.findByTenant(ACME)).contains(new MirrorProject(URL, KEY));
    AuditEntry entry = audit.entriesOf(ACME).get(0);
    assertThat(entry.action()).isEqualTo(AuditAction.SUPABASE_SETTINGS_CHANGED);
    assertThat(entry.details())
        .isEqualTo(Map.of("url", "https://acme.supabase.co", "serviceKey", "alterada"));
  }

  @Test
  void givenTheKeyLeftOutOrMasked_thenTheSavedOneIsKeptForTheSameProject() {
    projects.save(ACME, new MirrorProject(URI.create("https://acme.supabase.co/"), KEY));

    save("https://ACME.supabase.co", null);
    save("https://acme.supabase.co", SecretMask.mask(KEY));

    assertThat(projects.findByTenant(ACME)).contains(new MirrorProject(URL, KEY));
    assertThat(audit.entriesOf(ACME).get(1).details()).containsEntry("serviceKey", "mantida");
  }

  @Test
  void givenAnotherUrl_thenTheSavedKeyIsNeverSentThere_theKeyMustBeGivenAgain() {
    projects.save(ACME, new MirrorProject(URL, KEY));

    assertThatThrownBy(() -> save("https://attacker.example", null))
        .isInstanceOf(InvalidSettingsException.class)
        .hasMessage("serviceKey é obrigatório ao trocar a URL do projeto");
    save("https://other.supabase.co", NEW_KEY);

    assertThat(projects.findByTenant(ACME))
        .contains(new MirrorProject(URI.create("https://other.supabase.co"), NEW_KEY));
  }

  @Test
  void givenNoKeyGivenNorSaved_thenTheSaveIsRefused() {
    assertThatThrownBy(() -> save("https://acme.supabase.co", null))
        .isInstanceOf(InvalidSettingsException.class)
        .hasMessageStartingWith("serviceKey é obrigatório");
    assertThat(audit.entries()).isEmpty();
  }

  @Test
  void givenUrlsThatAreNotAProject_thenTheCommandIsRefusedInPortuguese() {
    assertRefused(null, "url é obrigatório");
    assertRefused("acme.supabase.co", "url deve ser o endereço do projeto");
    assertRefused("ftp://acme.supabase.co", "url deve ser o endereço do projeto");
    assertRefused("https://user:pass@acme.supabase.co", "url não pode conter usuário ou senha");
    assertRefused("https://acme.supabase.co/?x=1", "url não pode ter parâmetros");
    assertRefused("https://acme supabase.co", "url não pode conter espaços");
    assertRefused("https://acme.supabase.co/\u202Egpj.exe", "url deve ter só caracteres ASCII");
    assertRefused("https://" + "a".repeat(2048) + ".co", "url deve ter no máximo 2048");
  }

  private static void assertRefused(String url, String message) {
    assertThatThrownBy(() -> new SaveSupabaseSettingsCommand(ANA, url, KEY))
        .isInstanceOf(InvalidSettingsException.class)
        .hasMessageStartingWith(message);
  }

  @Test
  void givenAKeyWithSpaces_thenItIsRefusedWithoutBeingQuoted() {
    assertThatThrownBy(() -> new SaveSupabaseSettingsCommand(ANA, URL.toString(), "ab cd-key"))
        .hasMessage("serviceKey não pode conter espaços ou quebras de linha");
    assertThat(new SaveSupabaseSettingsCommand(ANA, URL.toString(), KEY).toString())
        .doesNotContain(KEY);
  }

  @Test
  void givenASavedRowThatCannotBeUsedOrOpened_thenThePageSaysWhy() {
    TenantId edited = new TenantId("edited");
    projects.save(edited, new MirrorProject(URL, KEY));
    projects.breakConfiguration(edited);
    projects.save(ACME, new MirrorProject(URL, KEY));
    projects.makeUnreadable(ACME);

    assertThat(service.supabaseSettings(new Actor("bia", edited, null)).problem())
        .contains("Configuração do Supabase inválida");
    SupabaseSettingsView unreadable = service.supabaseSettings(ANA);
    assertThat(unreadable.configured()).isTrue();
    assertThat(unreadable.problem()).contains("supabase_config.service_key");
    assertThat(unreadable.maskedServiceKey()).isNull();
  }
}
