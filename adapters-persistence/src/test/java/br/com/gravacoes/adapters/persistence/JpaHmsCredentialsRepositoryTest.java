package br.com.gravacoes.adapters.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import br.com.gravacoes.domain.tenant.HmsCredentials;
import br.com.gravacoes.domain.tenant.TenantId;
import org.junit.jupiter.api.Test;

class JpaHmsCredentialsRepositoryTest extends RepositoryTestBase {

  @Test
  void givenSavedCredentials_thenTheyAreFoundByTenant() {
    TenantId tenant = new TenantId("tenant-creds");
    HmsCredentials saved = new HmsCredentials("access-key", "secret", null);

    credentials.save(tenant, saved);

    assertThat(credentials.findByTenant(tenant)).contains(saved);
    assertThat(credentials.findByTenant(new TenantId("tenant-sem-creds"))).isEmpty();
  }

  @Test
  void givenCredentialsSavedAgain_thenTheyReplaceTheOldOnes() {
    TenantId tenant = new TenantId("tenant-rotated");
    credentials.save(tenant, new HmsCredentials("old-key", "old-secret", "template-1"));
    HmsCredentials rotated = new HmsCredentials("new-key", "new-secret", "template-2");

    credentials.save(tenant, rotated);

    assertThat(credentials.findByTenant(tenant)).contains(rotated);
  }
}
