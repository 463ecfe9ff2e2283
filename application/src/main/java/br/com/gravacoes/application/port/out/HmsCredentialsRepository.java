package br.com.gravacoes.application.port.out;

import br.com.gravacoes.domain.tenant.HmsCredentials;
import br.com.gravacoes.domain.tenant.TenantId;
import java.util.Optional;

/**
 * Loads and stores each tenant's 100ms credentials, the app secret kept out of reach of whoever
 * reads the storage.
 */
public interface HmsCredentialsRepository {

  /**
   * @throws StoredSecretException the stored secret cannot be opened
   */
  Optional<HmsCredentials> findByTenant(TenantId tenantId);

  /**
   * Inserts or replaces the tenant's credentials.
   *
   * @throws StoredSecretException the secret cannot be protected for storage (no key configured)
   */
  void save(TenantId tenantId, HmsCredentials credentials);
}
