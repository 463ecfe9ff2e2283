package br.com.gravacoes.application.port.out;

import br.com.gravacoes.domain.tenant.MirrorProject;
import br.com.gravacoes.domain.tenant.TenantId;
import java.util.Optional;

/** Each tenant's mirror project (its Supabase URL and key), when the tenant configured one. */
public interface MirrorProjectRepository {

  Optional<MirrorProject> findByTenant(TenantId tenant);

  void save(TenantId tenant, MirrorProject project);
}
