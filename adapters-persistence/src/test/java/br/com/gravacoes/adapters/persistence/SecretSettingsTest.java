package br.com.gravacoes.adapters.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import br.com.gravacoes.adapters.persistence.crypto.SecretKeyRing;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SecretSettingsTest {

  private static final String KEY_A = SecretKeyRing.generateKey();
  private static final String KEY_B = SecretKeyRing.generateKey();

  @Test
  void givenNoKeys_thenThereIsNoRing() {
    assertThat(SecretSettings.parse(Optional.empty(), Optional.empty())).isEmpty();
    assertThat(SecretSettings.parse(Optional.of("  "), Optional.of("k1"))).isEmpty();
  }

  @Test
  void theActiveKeyIsTheFirstListedUnlessNamed() {
    String keys = " k2026=" + KEY_A + ", k2025=" + KEY_B;

    assertThat(
            SecretSettings.parse(Optional.of(keys), Optional.empty()).orElseThrow().activeKeyId())
        .isEqualTo("k2026");
    assertThat(
            SecretSettings.parse(Optional.of(keys), Optional.of(" ")).orElseThrow().activeKeyId())
        .isEqualTo("k2026");
    assertThat(SecretSettings.parse(Optional.of(keys), Optional.of("k2025")).orElseThrow().keyIds())
        .containsExactly("k2026", "k2025");
  }

  @Test
  void givenMalformedKeys_thenTheErrorNamesTheSetting_neverTheKeyMaterial() {
    assertThatThrownBy(() -> SecretSettings.parse(Optional.of(KEY_A), Optional.empty()))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageStartingWith("GRAVACOES_CRYPTO_KEYS")
        .message()
        .doesNotContain(KEY_A);
    assertThatThrownBy(() -> SecretSettings.parse(Optional.of("k1=" + KEY_A), Optional.of("k9")))
        .hasMessageContaining("k9")
        .message()
        .doesNotContain(KEY_A);
  }
}
