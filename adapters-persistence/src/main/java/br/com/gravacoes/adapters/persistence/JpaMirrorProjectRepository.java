package br.com.gravacoes.adapters.persistence;

import br.com.gravacoes.adapters.persistence.crypto.SecretCipher;
import br.com.gravacoes.application.port.out.MirrorProjectRepository;
import br.com.gravacoes.application.port.out.MirrorRejectedException;
import br.com.gravacoes.domain.tenant.MirrorProject;
import br.com.gravacoes.domain.tenant.TenantId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.net.URI;
import java.util.List;
import java.util.Optional;

/**
 * Keeps each tenant's Supabase project in {@code supabase_config}, as the seed names it, the
 * service key sealed with the configured key ({@link SecretSettings}).
 */
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

  private StoredSecrets secrets;

  /** For the CDI proxy only. */
  protected JpaMirrorProjectRepository() {}

  @Inject
  JpaMirrorProjectRepository(SecretSettings settings) {
    this.secrets = settings.storedSecrets();
  }

  /** For tests and benchmarks: seals with a key made for this JVM only. */
  JpaMirrorProjectRepository(EntityManager entityManager) {
    this(entityManager, StoredSecrets.ephemeral());
  }

  /**
   * @param cipher the configured keys, or null to behave as when none is configured
   */
  JpaMirrorProjectRepository(EntityManager entityManager, SecretCipher cipher) {
    this(entityManager, new StoredSecrets(cipher));
  }

  private JpaMirrorProjectRepository(EntityManager entityManager, StoredSecrets secrets) {
    this.entityManager = entityManager;
    this.secrets = secrets;
  }

  @Override
  @Transactional
  public Optional<MirrorProject> findByTenant(TenantId tenant) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        entityManager.createNativeQuery(FIND).setParameter(1, tenant.value()).getResultList();
    return rows.stream()
        .findFirst()
        .map(
            row ->
                usable(
                    tenant,
                    (String) row[0],
                    secrets.open(
                        SecretColumn.SUPABASE_SERVICE_KEY, tenant.value(), (String) row[1])));
  }

  /**
   * A row edited by hand into a blank key or a relative URL is refused rather than taken for no
   * project, so the tenant's changes wait for a fix instead of being dropped.
   */
  private static MirrorProject usable(TenantId tenant, String url, String serviceKey) {
    try {
      return new MirrorProject(URI.create(url.strip()), serviceKey.strip());
    } catch (IllegalArgumentException | NullPointerException unusable) {
      throw new MirrorRejectedException(
          "Configuração do Supabase inválida para o tenant "
              + tenant.value()
              + " (supabase_config): "
              + (unusable.getMessage() == null ? "valor ausente" : unusable.getMessage()));
    }
  }

  @Override
  @Transactional
  public void save(TenantId tenant, MirrorProject project) {
    entityManager
        .createNativeQuery(UPSERT)
        .setParameter(1, tenant.value())
        .setParameter(2, project.url().toString())
        .setParameter(
            3,
            secrets.seal(SecretColumn.SUPABASE_SERVICE_KEY, tenant.value(), project.serviceKey()))
        .executeUpdate();
  }
}
