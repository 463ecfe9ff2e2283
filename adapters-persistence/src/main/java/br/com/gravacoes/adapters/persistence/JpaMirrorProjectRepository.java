package br.com.gravacoes.adapters.persistence;

import br.com.gravacoes.application.port.out.MirrorProjectRepository;
import br.com.gravacoes.domain.tenant.MirrorProject;
import br.com.gravacoes.domain.tenant.TenantId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.net.URI;
import java.util.List;
import java.util.Optional;

/** Keeps each tenant's Supabase project in {@code supabase_config}, as the seed names it. */
@ApplicationScoped
public class JpaMirrorProjectRepository implements MirrorProjectRepository {

  private static final String FIND =
      "SELECT url, service_key FROM supabase_config WHERE tenant_id = ?1";

  private static final String UPSERT =
      """
      INSERT INTO supabase_config (tenant_id, url, service_key) VALUES (?1, ?2, ?3)
      ON CONFLICT (tenant_id) DO UPDATE SET url = EXCLUDED.url,
          service_key = EXCLUDED.service_key, updated_at = now()
      """;

  @PersistenceContext(unitName = "gravacoes")
  private EntityManager entityManager;

  protected JpaMirrorProjectRepository() {}

  JpaMirrorProjectRepository(EntityManager entityManager) {
    this.entityManager = entityManager;
  }

  @Override
  @Transactional
  public Optional<MirrorProject> findByTenant(TenantId tenant) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        entityManager.createNativeQuery(FIND).setParameter(1, tenant.value()).getResultList();
    return rows.stream().findFirst().flatMap(JpaMirrorProjectRepository::usable);
  }

  /** A row edited by hand into a blank key or a relative URL counts as no project at all. */
  private static Optional<MirrorProject> usable(Object[] row) {
    try {
      return Optional.of(new MirrorProject(URI.create((String) row[0]), (String) row[1]));
    } catch (IllegalArgumentException | NullPointerException incomplete) {
      return Optional.empty();
    }
  }

  @Override
  @Transactional
  public void save(TenantId tenant, MirrorProject project) {
    entityManager
        .createNativeQuery(UPSERT)
        .setParameter(1, tenant.value())
        .setParameter(2, project.url().toString())
        .setParameter(3, project.serviceKey())
        .executeUpdate();
  }
}
