package br.com.gravacoes.application.port.out;

import br.com.gravacoes.domain.tenant.HmsCredentials;
import br.com.gravacoes.domain.tenant.TenantId;
import java.util.Optional;

/** Loads and stores each tenant's 100ms credentials. */
public interface HmsCredentialsRepository {

  Optional<HmsCredentials> findByTenant(TenantId tenantId);

  /** Inserts or replaces the tenant's credentials. */
  void save(TenantId tenantId, HmsCredentials credentials);
}
