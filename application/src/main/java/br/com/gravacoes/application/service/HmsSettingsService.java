package br.com.gravacoes.application.service;

import br.com.gravacoes.application.port.in.Actor;
import br.com.gravacoes.application.port.in.GetHmsSettingsUseCase;
import br.com.gravacoes.application.port.in.HmsSettingsView;
import br.com.gravacoes.application.port.in.InvalidSettingsException;
import br.com.gravacoes.application.port.in.SaveHmsSettingsCommand;
import br.com.gravacoes.application.port.in.SaveHmsSettingsUseCase;
import br.com.gravacoes.application.port.out.AuditAction;
import br.com.gravacoes.application.port.out.AuditTrail;
import br.com.gravacoes.application.port.out.HmsCredentialsRepository;
import br.com.gravacoes.application.port.out.StoredSecretException;
import br.com.gravacoes.domain.tenant.HmsCredentials;
import br.com.gravacoes.domain.tenant.TenantId;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.time.Clock;

/** Shows and saves a tenant's 100ms credentials ("Configurações > Integrações > 100ms"). */
public final class HmsSettingsService implements GetHmsSettingsUseCase, SaveHmsSettingsUseCase {

  private static final Logger LOG = System.getLogger("gravacoes.integrations");

  private final HmsCredentialsRepository credentials;
  private final AuditTrail auditTrail;
  private final Clock clock;

  public HmsSettingsService(
      HmsCredentialsRepository credentials, AuditTrail auditTrail, Clock clock) {
    this.credentials = credentials;
    this.auditTrail = auditTrail;
    this.clock = clock;
  }

  @Override
  public HmsSettingsView hmsSettings(Actor actor) {
    try {
      return credentials
          .findByTenant(actor.tenant())
          .map(HmsSettingsView::of)
          .orElseGet(HmsSettingsView::notConfigured);
    } catch (StoredSecretException unreadable) {
      return HmsSettingsView.unreadable(unreadable.getMessage());
    }
  }

  @Override
  public HmsSettingsView save(SaveHmsSettingsCommand command) {
    Actor actor = command.actor();
    boolean secretReplaced = command.appSecret() != null;
    String secret = secretReplaced ? command.appSecret() : savedSecret(actor.tenant());
    HmsCredentials saved = new HmsCredentials(command.appAccessKey(), secret, command.templateId());
    credentials.save(actor.tenant(), saved);
    Audits.entry(actor, AuditAction.HMS_SETTINGS_CHANGED, clock.instant())
        .with("appAccessKey", saved.appAccessKey())
        .with("templateId", saved.templateId())
        .with("appSecret", secretReplaced ? "alterado" : "mantido")
        .recordIn(auditTrail);
    LOG.log(
        Level.INFO,
        "[Integrações] Credenciais do 100ms salvas para tenant: {0}, por: {1}, segredo {2}",
        actor.tenant(),
        actor.userId(),
        secretReplaced ? "alterado" : "mantido");
    return HmsSettingsView.of(saved);
  }

  /** The secret the form kept; a StoredSecretException (server configuration) goes up as is. */
  private String savedSecret(TenantId tenant) {
    return credentials
        .findByTenant(tenant)
        .map(HmsCredentials::appSecret)
        .orElseThrow(() -> new InvalidSettingsException("appSecret é obrigatório"));
  }
}
