package br.com.gravacoes.adapters.persistence;

import br.com.gravacoes.adapters.persistence.crypto.SecretCipher;
import br.com.gravacoes.application.port.out.HmsCredentialsRepository;
import br.com.gravacoes.domain.tenant.HmsCredentials;
import br.com.gravacoes.domain.tenant.TenantId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.Optional;

/**
 * Keeps each tenant's 100ms credentials in {@code credenciais_100ms}, the app secret sealed with
 * the configured key ({@link SecretSettings}).
 */
@ApplicationScoped
public class JpaHmsCredentialsRepository implements HmsCredentialsRepository {

  // One statement, so saving the same tenant twice at once cannot fail on the primary key.
  private static final String UPSERT =
      """
      INSERT INTO credenciais_100ms (tenant_id, app_access_key, app_secret, template_id)
      VALUES (?1, ?2, ?3, ?4)
      ON CONFLICT (tenant_id) DO UPDATE SET app_access_key = EXCLUDED.app_access_key,
          app_secret = EXCLUDED.app_secret, template_id = EXCLUDED.template_id, updated_at = now()
      """;

  @PersistenceContext(unitName = "gravacoes")
  private EntityManager entityManager;

  private StoredSecrets secrets;

  /** For the CDI proxy only. */
  protected JpaHmsCredentialsRepository() {}

  @Inject
  JpaHmsCredentialsRepository(SecretSettings settings) {
    this.secrets = settings.storedSecrets();
  }

  /** For tests and benchmarks: seals with a key made for this JVM only. */
  JpaHmsCredentialsRepository(EntityManager entityManager) {
    this(entityManager, StoredSecrets.ephemeral());
  }

  /**
   * @param cipher the configured keys, or null to behave as when none is configured
   */
  JpaHmsCredentialsRepository(EntityManager entityManager, SecretCipher cipher) {
    this(entityManager, new StoredSecrets(cipher));
  }

  private JpaHmsCredentialsRepository(EntityManager entityManager, StoredSecrets secrets) {
    this.entityManager = entityManager;
    this.secrets = secrets;
  }

  @Override
  @Transactional
  public Optional<HmsCredentials> findByTenant(TenantId tenantId) {
    return Optional.ofNullable(entityManager.find(HmsCredentialsJpaEntity.class, tenantId.value()))
        .flatMap(
            row ->
                usable(
                    row,
                    secrets.open(SecretColumn.HMS_APP_SECRET, tenantId.value(), row.appSecret())));
  }

  /** A row with a blank key or secret (edited by hand) counts as no credentials at all. */
  private static Optional<HmsCredentials> usable(HmsCredentialsJpaEntity row, String appSecret) {
    try {
      return Optional.of(row.toDomain(appSecret));
    } catch (IllegalArgumentException | NullPointerException incomplete) {
      return Optional.empty();
    }
  }

  @Override
  @Transactional
  public void save(TenantId tenantId, HmsCredentials credentials) {
    String sealedSecret =
        secrets.seal(SecretColumn.HMS_APP_SECRET, tenantId.value(), credentials.appSecret());
    entityManager
        .createNativeQuery(UPSERT)
        .setParameter(1, tenantId.value())
        .setParameter(2, credentials.appAccessKey())
        .setParameter(3, sealedSecret)
        .setParameter(4, credentials.templateId())
        .executeUpdate();
  }
}
