package br.com.gravacoes.application.port.out;

import br.com.gravacoes.domain.tenant.MirrorProject;
import br.com.gravacoes.domain.tenant.TenantId;
import java.util.Optional;

/** Each tenant's mirror project (its Supabase URL and key), when the tenant configured one. */
public interface MirrorProjectRepository {

  /**
   * The tenant's project; empty when the tenant configured none.
   *
   * @throws MirrorRejectedException the tenant's configuration is unusable (a URL that is not
   *     http(s), a blank key): its changes must wait for a fix, not be dropped
   */
  Optional<MirrorProject> findByTenant(TenantId tenant);

  void save(TenantId tenant, MirrorProject project);
}
