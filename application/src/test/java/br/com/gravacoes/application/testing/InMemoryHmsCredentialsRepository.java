package br.com.gravacoes.application.testing;

import br.com.gravacoes.application.port.out.HmsCredentialsRepository;
import br.com.gravacoes.application.port.out.StoredSecretException;
import br.com.gravacoes.domain.tenant.HmsCredentials;
import br.com.gravacoes.domain.tenant.TenantId;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** A {@link HmsCredentialsRepository} in memory. */
public class InMemoryHmsCredentialsRepository implements HmsCredentialsRepository {

  private final Map<TenantId, HmsCredentials> byTenant = new ConcurrentHashMap<>();
  private final Set<TenantId> unreadable = ConcurrentHashMap.newKeySet();

  @Override
  public Optional<HmsCredentials> findByTenant(TenantId tenantId) {
    if (unreadable.contains(tenantId)) {
      throw new StoredSecretException(
          "Não foi possível abrir o segredo salvo em credenciais_100ms.app_secret do tenant "
              + tenantId,
          null);
    }
    return Optional.ofNullable(byTenant.get(tenantId));
  }

  /** Saving replaces an unreadable secret, as a new one is sealed with the active key. */
  @Override
  public void save(TenantId tenantId, HmsCredentials credentials) {
    byTenant.put(tenantId, credentials);
    unreadable.remove(tenantId);
  }

  /** The tenant's stored secret no longer opens (its encryption key was removed, say). */
  public void makeUnreadable(TenantId tenantId) {
    unreadable.add(tenantId);
  }
}
