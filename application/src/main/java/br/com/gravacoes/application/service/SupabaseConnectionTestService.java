package br.com.gravacoes.application.service;

import br.com.gravacoes.application.port.in.ConnectionTestResult;
import br.com.gravacoes.application.port.in.TestSupabaseConnectionCommand;
import br.com.gravacoes.application.port.in.TestSupabaseConnectionUseCase;
import br.com.gravacoes.application.port.out.MirrorProjectCheck;
import br.com.gravacoes.application.port.out.MirrorProjectRepository;
import br.com.gravacoes.application.port.out.MirrorRejectedException;
import br.com.gravacoes.application.port.out.MirrorUnavailableException;
import br.com.gravacoes.application.port.out.RecordingMirrorPort;
import br.com.gravacoes.domain.tenant.MirrorProject;
import br.com.gravacoes.domain.tenant.TenantId;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.net.URI;

/**
 * "Testar Conexão" of the Supabase settings: sends the mirror's request with no rows to the given
 * project or the saved one, and words the answer as the one reason the administrator can act on.
 * Nothing is saved, and nothing is written to the project.
 */
public final class SupabaseConnectionTestService implements TestSupabaseConnectionUseCase {

  private static final Logger LOG = System.getLogger("gravacoes.integrations");

  private final MirrorProjectRepository projects;
  private final RecordingMirrorPort mirror;

  public SupabaseConnectionTestService(
      MirrorProjectRepository projects, RecordingMirrorPort mirror) {
    this.projects = projects;
    this.mirror = mirror;
  }

  @Override
  public ConnectionTestResult test(TestSupabaseConnectionCommand command) {
    TenantId tenant = command.actor().tenant();
    MirrorProject tested = projectToTest(command, tenant);
    ConnectionTestResult result = ask(tested);
    LOG.log(
        Level.INFO,
        "[Integrações] Teste de conexão Supabase para tenant: {0}, url: {1}: {2}",
        tenant,
        tested.url(),
        result.ok() ? "ok" : result.error());
    return result;
  }

  private ConnectionTestResult ask(MirrorProject tested) {
    try {
      MirrorProjectCheck check = mirror.check(tested);
      return switch (check.verdict()) {
        case ACCEPTED -> ConnectionTestResult.passed();
        case KEY_REJECTED -> ConnectionTestResult.failed("chave inválida");
        case PUBLIC_KEY ->
            ConnectionTestResult.failed(
                "chave inválida: esta é a chave pública (anon); use a service_role key");
        case TABLE_MISSING -> ConnectionTestResult.failed("tabela gravacoes não encontrada");
        case COLUMN_MISSING ->
            ConnectionTestResult.failed("coluna " + check.missingColumn() + " ausente");
      };
    } catch (MirrorUnavailableException down) {
      LOG.log(Level.WARNING, "[Integrações] Supabase inacessível: {0}", down.getMessage());
      return ConnectionTestResult.failed("Supabase inacessível");
    } catch (MirrorRejectedException refused) {
      return ConnectionTestResult.failed(refused.getMessage());
    }
  }

  /** The form's URL and key when given; the saved ones fill in, the key for its own URL only. */
  private MirrorProject projectToTest(TestSupabaseConnectionCommand command, TenantId tenant) {
    if (command.serviceKey() != null) {
      URI url =
          command
              .projectUrl()
              .orElseGet(() -> SavedProjectKey.saved(projects, tenant, "url").url());
      return new MirrorProject(url, command.serviceKey());
    }
    if (command.projectUrl().isPresent()) {
      URI url = command.projectUrl().get();
      return new MirrorProject(url, SavedProjectKey.forUrl(projects, tenant, url));
    }
    return SavedProjectKey.saved(projects, tenant, "url");
  }
}
