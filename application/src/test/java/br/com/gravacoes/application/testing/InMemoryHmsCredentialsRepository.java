package br.com.gravacoes.application.testing;

import br.com.gravacoes.application.port.out.HmsCredentialsRepository;
import br.com.gravacoes.domain.tenant.HmsCredentials;
import br.com.gravacoes.domain.tenant.TenantId;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** A {@link HmsCredentialsRepository} in memory. */
public class InMemoryHmsCredentialsRepository implements HmsCredentialsRepository {

  private final Map<TenantId, HmsCredentials> byTenant = new ConcurrentHashMap<>();

  @Override
  public Optional<HmsCredentials> findByTenant(TenantId tenantId) {
    return Optional.ofNullable(byTenant.get(tenantId));
  }

  @Override
  public void save(TenantId tenantId, HmsCredentials credentials) {
    byTenant.put(tenantId, credentials);
  }
}
