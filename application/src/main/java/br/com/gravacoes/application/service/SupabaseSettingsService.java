package br.com.gravacoes.application.service;

import br.com.gravacoes.application.port.in.Actor;
import br.com.gravacoes.application.port.in.GetSupabaseSettingsUseCase;
import br.com.gravacoes.application.port.in.SaveSupabaseSettingsCommand;
import br.com.gravacoes.application.port.in.SaveSupabaseSettingsUseCase;
import br.com.gravacoes.application.port.in.SupabaseSettingsView;
import br.com.gravacoes.application.port.out.AuditAction;
import br.com.gravacoes.application.port.out.AuditTrail;
import br.com.gravacoes.application.port.out.MirrorProjectRepository;
import br.com.gravacoes.application.port.out.MirrorRejectedException;
import br.com.gravacoes.application.port.out.StoredSecretException;
import br.com.gravacoes.domain.tenant.MirrorProject;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.net.URI;
import java.time.Clock;

/** Shows and saves a tenant's Supabase project, where its recordings are mirrored. */
public final class SupabaseSettingsService
    implements GetSupabaseSettingsUseCase, SaveSupabaseSettingsUseCase {

  private static final Logger LOG = System.getLogger("gravacoes.integrations");

  private final MirrorProjectRepository projects;
  private final AuditTrail auditTrail;
  private final Clock clock;

  public SupabaseSettingsService(
      MirrorProjectRepository projects, AuditTrail auditTrail, Clock clock) {
    this.projects = projects;
    this.auditTrail = auditTrail;
    this.clock = clock;
  }

  @Override
  public SupabaseSettingsView supabaseSettings(Actor actor) {
    try {
      return projects
          .findByTenant(actor.tenant())
          .map(SupabaseSettingsView::of)
          .orElseGet(SupabaseSettingsView::notConfigured);
    } catch (MirrorRejectedException | StoredSecretException unusable) {
      return SupabaseSettingsView.unreadable(unusable.getMessage());
    }
  }

  @Override
  public SupabaseSettingsView save(SaveSupabaseSettingsCommand command) {
    Actor actor = command.actor();
    URI url = command.projectUrl();
    boolean keyReplaced = command.serviceKey() != null;
    String key =
        keyReplaced ? command.serviceKey() : SavedProjectKey.forUrl(projects, actor.tenant(), url);
    MirrorProject saved = new MirrorProject(url, key);
    projects.save(actor.tenant(), saved);
    Audits.entry(actor, AuditAction.SUPABASE_SETTINGS_CHANGED, clock.instant())
        .with("url", url.toString())
        .with("serviceKey", keyReplaced ? "alterada" : "mantida")
        .recordIn(auditTrail);
    LOG.log(
        Level.INFO,
        "[Integrações] Supabase salvo para tenant: {0}, por: {1}, url: {2}, chave {3}",
        actor.tenant(),
        actor.userId(),
        url,
        keyReplaced ? "alterada" : "mantida");
    return SupabaseSettingsView.of(saved);
  }
}
