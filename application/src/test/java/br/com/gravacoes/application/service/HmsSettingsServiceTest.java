package br.com.gravacoes.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import br.com.gravacoes.application.port.in.Actor;
import br.com.gravacoes.application.port.in.HmsSettingsView;
import br.com.gravacoes.application.port.in.InvalidSettingsException;
import br.com.gravacoes.application.port.in.SaveHmsSettingsCommand;
import br.com.gravacoes.application.port.in.SecretMask;
import br.com.gravacoes.application.port.in.TestHmsConnectionCommand;
import br.com.gravacoes.application.port.out.AuditAction;
import br.com.gravacoes.application.port.out.AuditEntry;
import br.com.gravacoes.application.port.out.StoredSecretException;
import br.com.gravacoes.application.testing.InMemoryAuditTrail;
import br.com.gravacoes.application.testing.InMemoryHmsCredentialsRepository;
import br.com.gravacoes.application.testing.MovableClock;
import br.com.gravacoes.domain.tenant.HmsCredentials;
import br.com.gravacoes.domain.tenant.TenantId;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

class HmsSettingsServiceTest {

  private static final TenantId ACME = new TenantId("acme");
  private static final Actor ANA = new Actor("ana", ACME, "203.0.113.7");
  private static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");
  private static final String SECRET = "hms-app-secret-0123456789-abcdefghij-XYZ1";
  private static final String OTHER_SECRET = "hms-app-secret-rotated-9876543210-zyxw-QRS9";

  private final InMemoryHmsCredentialsRepository credentials =
      new InMemoryHmsCredentialsRepository();
  private final InMemoryAuditTrail audit = new InMemoryAuditTrail();
  private final HmsSettingsService service =
      new HmsSettingsService(credentials, audit, new MovableClock(NOW));

  @Test
  void givenNothingSaved_thenTheSettingsAreNotConfigured() {
    assertThat(service.hmsSettings(ANA)).isEqualTo(HmsSettingsView.notConfigured());
  }

  @Test
  void givenSavedCredentials_thenTheSecretIsShownMasked_neverWhole() {
    credentials.save(ACME, new HmsCredentials("access-key", SECRET, "tpl-1"));

    HmsSettingsView view = service.hmsSettings(ANA);

    assertThat(view.configured()).isTrue();
    assertThat(view.appAccessKey()).isEqualTo("access-key");
    assertThat(view.templateId()).isEqualTo("tpl-1");
    assertThat(view.maskedAppSecret()).isEqualTo(SecretMask.mask(SECRET)).endsWith("XYZ1");
    assertThat(view.toString()).doesNotContain(SECRET);
  }

  @Test
  void givenAnotherTenantsCredentials_thenTheyAreNotShown() {
    credentials.save(new TenantId("globex"), new HmsCredentials("theirs", SECRET, null));

    assertThat(service.hmsSettings(ANA).configured()).isFalse();
  }

  @Test
  void savingStoresTheCredentials_andAuditsTheChangeWithoutTheSecret() {
    HmsSettingsView saved =
        service.save(new SaveHmsSettingsCommand(ANA, " access-key\n", SECRET + "\n", "tpl-1"));

    assertThat(credentials.findByTenant(ACME))
        .contains(new HmsCredentials("access-key", SECRET, "tpl-1"));
    assertThat(saved.maskedAppSecret()).isEqualTo(SecretMask.mask(SECRET));
    AuditEntry entry = audit.entriesOf(ACME).get(0);
    assertThat(entry.action()).isEqualTo(AuditAction.HMS_SETTINGS_CHANGED);
    assertThat(entry.userId()).isEqualTo("ana");
    assertThat(entry.address()).isEqualTo("203.0.113.7");
    assertThat(entry.at()).isEqualTo(NOW);
    assertThat(entry.details())
        .isEqualTo(
            Map.of("appAccessKey", "access-key", "templateId", "tpl-1", "appSecret", "alterado"));
  }

  @Test
  void givenTheSecretLeftOut_thenTheSavedOneIsKept() {
    credentials.save(ACME, new HmsCredentials("access-key", SECRET, "tpl-1"));

    service.save(new SaveHmsSettingsCommand(ANA, "access-key", null, "tpl-2"));

    assertThat(credentials.findByTenant(ACME))
        .contains(new HmsCredentials("access-key", SECRET, "tpl-2"));
    assertThat(audit.entriesOf(ACME).get(0).details()).containsEntry("appSecret", "mantido");
  }

  @Test
  void givenTheMaskSentBackOrABlankSecret_thenTheSavedOneIsKept() {
    credentials.save(ACME, new HmsCredentials("access-key", SECRET, null));

    service.save(new SaveHmsSettingsCommand(ANA, "access-key", SecretMask.mask(SECRET), null));
    service.save(new SaveHmsSettingsCommand(ANA, "access-key", "  ", null));

    assertThat(credentials.findByTenant(ACME).orElseThrow().appSecret()).isEqualTo(SECRET);
  }

  @Test
  void givenANewSecret_thenItReplacesTheSavedOne() {
    credentials.save(ACME, new HmsCredentials("access-key", SECRET, null));

    service.save(new SaveHmsSettingsCommand(ANA, "access-key", OTHER_SECRET, null));

    assertThat(credentials.findByTenant(ACME).orElseThrow().appSecret()).isEqualTo(OTHER_SECRET);
  }

  @Test
  void givenNoSecretGivenNorSaved_thenTheSaveIsRefused_andNothingIsAudited() {
    assertThatThrownBy(() -> service.save(new SaveHmsSettingsCommand(ANA, "key", null, null)))
        .isInstanceOf(InvalidSettingsException.class)
        .hasMessage("appSecret é obrigatório");
    assertThat(credentials.findByTenant(ACME)).isEmpty();
    assertThat(audit.entries()).isEmpty();
  }

  @Test
  void givenUnusableFields_thenTheCommandIsRefusedInPortuguese_withoutQuotingTheSecret() {
    assertRefused("", SECRET, "appAccessKey é obrigatório");
    assertRefused("access key", SECRET, "appAccessKey não pode conter espaços");
    assertRefused("key", "short-secret", "appSecret curto demais");
    assertRefused("key", "abc\ndef-0123456789-0123456789-0123456789", "appSecret não pode conter");
    assertRefused("key", "abc\u00a0def-0123456789-0123456789-0123456789", "appSecret não pode");
  }

  @Test
  void givenTextThatIsNotAscii_thenTheCommandIsRefused_asNoKeyCouldEverWork() {
    for (String odd :
        new String[] {
          "chave\u202Eeton", "chave\uD83C\uDFA5", "cha\u0301ve", "chave\u200B", "chave\uD800"
        }) {
      assertRefused(odd, SECRET, "appAccessKey deve ter só caracteres ASCII");
      assertRefused("key", odd + "-0123456789-0123456789-0123456789", "appSecret deve ter só");
      assertThatThrownBy(() -> new SaveHmsSettingsCommand(ANA, "key", SECRET, odd))
          .hasMessageStartingWith("templateId deve ter só caracteres ASCII");
      assertThatThrownBy(() -> new TestHmsConnectionCommand(ANA, odd, null))
          .hasMessageStartingWith("appAccessKey deve ter só caracteres ASCII");
    }
  }

  private static void assertRefused(String accessKey, String secret, String message) {
    assertThatThrownBy(() -> new SaveHmsSettingsCommand(ANA, accessKey, secret, null))
        .isInstanceOf(InvalidSettingsException.class)
        .hasMessageStartingWith(message)
        .message()
        .doesNotContain(secret);
  }

  @Test
  void givenFieldsPastTheirLimits_thenTheCommandIsRefused() {
    assertThatThrownBy(() -> new SaveHmsSettingsCommand(ANA, "k".repeat(129), SECRET, null))
        .hasMessage("appAccessKey deve ter no máximo 128 caracteres");
    assertThatThrownBy(() -> new SaveHmsSettingsCommand(ANA, "k", "s".repeat(513), null))
        .hasMessage("appSecret deve ter no máximo 512 caracteres");
    assertThatThrownBy(() -> new SaveHmsSettingsCommand(ANA, "k", SECRET, "t".repeat(129)))
        .hasMessage("templateId deve ter no máximo 128 caracteres");
  }

  @Test
  void theCommandNeverPrintsTheSecret() {
    assertThat(new SaveHmsSettingsCommand(ANA, "key", SECRET, null).toString())
        .doesNotContain(SECRET)
        .contains("key");
  }

  @Test
  void givenASavedSecretThatNoLongerOpens_thenThePageSaysWhy_andANewSecretCanBeSaved() {
    credentials.save(ACME, new HmsCredentials("access-key", SECRET, null));
    credentials.makeUnreadable(ACME);

    HmsSettingsView view = service.hmsSettings(ANA);
    assertThat(view.configured()).isTrue();
    assertThat(view.maskedAppSecret()).isNull();
    assertThat(view.problem()).contains("credenciais_100ms.app_secret");

    assertThatThrownBy(
            () -> service.save(new SaveHmsSettingsCommand(ANA, "access-key", null, null)))
        .isInstanceOf(StoredSecretException.class);
    service.save(new SaveHmsSettingsCommand(ANA, "access-key", OTHER_SECRET, null));
    assertThat(service.hmsSettings(ANA).maskedAppSecret()).isEqualTo(SecretMask.mask(OTHER_SECRET));
  }
}
