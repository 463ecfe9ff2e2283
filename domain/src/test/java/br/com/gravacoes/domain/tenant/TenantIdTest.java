package br.com.gravacoes.domain.tenant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TenantIdTest {

  @ParameterizedTest
  @ValueSource(strings = {"tenant_xyz", "demo", "acme.com.br", "org:42"})
  void acceptsTenantIds(String value) {
    assertThat(new TenantId(value).value()).isEqualTo(value);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", " ", "tenant x", "'; drop table gravacoes; --", "_x"})
  void refusesBlankOrMalformedTenantIds(String value) {
    assertThatThrownBy(() -> new TenantId(value)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void credentialsNeverPrintTheirSecret() {
    HmsCredentials credentials = new HmsCredentials("key", "super-secret", "tpl");
    assertThat(credentials.toString()).doesNotContain("super-secret").contains("key");
    assertThatThrownBy(() -> new HmsCredentials("key", " ", null))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
