package br.com.gravacoes.application.service;

import br.com.gravacoes.application.port.in.InvalidSettingsException;
import br.com.gravacoes.application.port.out.MirrorProjectRepository;
import br.com.gravacoes.application.port.out.MirrorRejectedException;
import br.com.gravacoes.domain.tenant.MirrorProject;
import br.com.gravacoes.domain.tenant.TenantId;
import java.net.URI;
import java.util.Optional;

/**
 * The saved Supabase key, for a form that left it out. It only ever goes to the URL it was saved
 * with: otherwise anyone able to edit the URL could have the key sent to a server of theirs.
 */
final class SavedProjectKey {

  private SavedProjectKey() {}

  /**
   * @throws InvalidSettingsException nothing usable is saved, or {@code url} is another project's
   */
  static String forUrl(MirrorProjectRepository projects, TenantId tenant, URI url) {
    MirrorProject saved = saved(projects, tenant, "serviceKey");
    if (!sameProject(saved.url(), url)) {
      throw new InvalidSettingsException("serviceKey é obrigatório ao trocar a URL do projeto");
    }
    return saved.serviceKey();
  }

  /**
   * @param missingField the field the form left out, named in the refusal
   * @throws InvalidSettingsException nothing usable is saved
   */
  static MirrorProject saved(
      MirrorProjectRepository projects, TenantId tenant, String missingField) {
    Optional<MirrorProject> saved;
    try {
      saved = projects.findByTenant(tenant);
    } catch (MirrorRejectedException unusable) {
      throw new InvalidSettingsException(
          missingField + " é obrigatório: a configuração salva do Supabase é inválida");
    }
    return saved.orElseThrow(
        () -> new InvalidSettingsException(missingField + " é obrigatório: não há Supabase salvo"));
  }

  static boolean sameProject(URI saved, URI given) {
    return saved.getScheme().equalsIgnoreCase(given.getScheme())
        && String.valueOf(saved.getHost()).equalsIgnoreCase(String.valueOf(given.getHost()))
        && saved.getPort() == given.getPort()
        && path(saved).equals(path(given));
  }

  private static String path(URI url) {
    return url.getRawPath() == null ? "" : url.getRawPath().replaceAll("/+$", "");
  }
}
