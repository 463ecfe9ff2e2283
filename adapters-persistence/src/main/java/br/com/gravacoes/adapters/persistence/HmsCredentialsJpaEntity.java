package br.com.gravacoes.adapters.persistence;

import br.com.gravacoes.domain.tenant.HmsCredentials;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A row of {@code credenciais_100ms}, read only: writes are a native upsert. Its {@code created_at}
 * and {@code updated_at} are the database's own bookkeeping.
 */
@Entity
@Table(name = "credenciais_100ms")
class HmsCredentialsJpaEntity {

  @Id
  @Column(name = "tenant_id")
  private String tenantId;

  @Column(name = "app_access_key", nullable = false)
  private String appAccessKey;

  @Column(name = "app_secret", nullable = false)
  private String appSecret;

  @Column(name = "template_id")
  private String templateId;

  protected HmsCredentialsJpaEntity() {}

  /** The app secret as stored: sealed, or in plain text if stored before encryption existed. */
  String appSecret() {
    return appSecret;
  }

  /** The credentials, with the secret the repository opened. */
  HmsCredentials toDomain(String openedAppSecret) {
    return new HmsCredentials(appAccessKey, openedAppSecret, templateId);
  }
}
