package br.com.gravacoes.application.port.out;

import br.com.gravacoes.domain.tenant.MirrorProject;
import br.com.gravacoes.domain.tenant.TenantId;
import java.util.Optional;

/**
 * Each tenant's mirror project (its Supabase URL and key), when the tenant configured one; the key
 * kept out of reach of whoever reads the storage.
 */
public interface MirrorProjectRepository {

  /**
   * The tenant's project; empty when the tenant configured none.
   *
   * @throws MirrorRejectedException the tenant's configuration is unusable (a URL that is not
   *     http(s), a blank key): its changes must wait for a fix, not be dropped
   * @throws StoredSecretException the stored key cannot be opened
   */
  Optional<MirrorProject> findByTenant(TenantId tenant);

  /**
   * Inserts or replaces the tenant's project.
   *
   * @throws StoredSecretException the key cannot be protected for storage (no key configured)
   */
  void save(TenantId tenant, MirrorProject project);
}
