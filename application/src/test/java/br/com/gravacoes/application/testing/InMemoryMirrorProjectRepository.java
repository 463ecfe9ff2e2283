package br.com.gravacoes.application.testing;

import br.com.gravacoes.application.port.out.MirrorProjectRepository;
import br.com.gravacoes.application.port.out.MirrorRejectedException;
import br.com.gravacoes.application.port.out.StoredSecretException;
import br.com.gravacoes.domain.tenant.MirrorProject;
import br.com.gravacoes.domain.tenant.TenantId;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** A {@link MirrorProjectRepository} in memory, one project per tenant like the table's key. */
public class InMemoryMirrorProjectRepository implements MirrorProjectRepository {

  private final Map<TenantId, MirrorProject> byTenant = new ConcurrentHashMap<>();
  private final Set<TenantId> unusable = ConcurrentHashMap.newKeySet();
  private final Set<TenantId> unreadable = ConcurrentHashMap.newKeySet();

  @Override
  public Optional<MirrorProject> findByTenant(TenantId tenant) {
    if (unusable.contains(tenant)) {
      throw new MirrorRejectedException(
          "Configuração do Supabase inválida para o tenant " + tenant);
    }
    if (unreadable.contains(tenant)) {
      throw new StoredSecretException(
          "Não foi possível abrir o segredo salvo em supabase_config.service_key do tenant "
              + tenant,
          null);
    }
    return Optional.ofNullable(byTenant.get(tenant));
  }

  /** The tenant's stored key no longer opens (its encryption key was removed, say). */
  public void makeUnreadable(TenantId tenant) {
    unreadable.add(tenant);
  }

  /** The tenant's row was edited by hand into something unusable (a relative URL, say). */
  public void breakConfiguration(TenantId tenant) {
    unusable.add(tenant);
  }

  @Override
  public void save(TenantId tenant, MirrorProject project) {
    byTenant.put(tenant, project);
    unusable.remove(tenant);
    unreadable.remove(tenant);
  }

  /** The tenant removes its project (its row in {@code supabase_config} is deleted). */
  public void remove(TenantId tenant) {
    byTenant.remove(tenant);
  }

  public Set<TenantId> tenants() {
    return Set.copyOf(byTenant.keySet());
  }
}
