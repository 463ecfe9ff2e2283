package br.com.gravacoes.adapters.persistence.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SecretCipherRotationTest {

  private static final String CONTEXT = "supabase_config.service_key:tenant-a";
  private static final String SERVICE_KEY = "eyJhbGciOiJIUzI1NiJ9.service-role.signature";
  private static final String OLD = "k2025=" + SecretKeyRing.generateKey();
  private static final String NEW = "k2026a=" + SecretKeyRing.generateKey();

  private final SecretCipher beforeRotation = new SecretCipher(SecretKeyRing.parse(OLD, "k2025"));
  private final SecretCipher duringRotation =
      new SecretCipher(SecretKeyRing.parse(NEW + "," + OLD, "k2026a"));
  private final SecretCipher afterRotation = new SecretCipher(SecretKeyRing.parse(NEW, "k2026a"));

  @Test
  void givenAValueSealedWithTheOldKey_thenTheRotatedRingStillOpensIt() {
    String sealed = beforeRotation.seal(SERVICE_KEY, CONTEXT);

    assertThat(duringRotation.open(sealed, CONTEXT)).isEqualTo(SERVICE_KEY);
    assertThat(duringRotation.isSealed(sealed)).isTrue();
    assertThat(duringRotation.isSealedWithActiveKey(sealed)).isFalse();
  }

  @Test
  void givenAResealedValue_thenItUsesTheActiveKeyAndOpensWithoutTheOldOne() {
    String sealed = beforeRotation.seal(SERVICE_KEY, CONTEXT);

    String resealed = duringRotation.reseal(sealed, CONTEXT);

    assertThat(resealed).startsWith("gcm1:k2026a:");
    assertThat(duringRotation.isSealedWithActiveKey(resealed)).isTrue();
    assertThat(afterRotation.open(resealed, CONTEXT)).isEqualTo(SERVICE_KEY);
  }

  @Test
  void givenTheOldKeyRemoved_thenAValueNotResealedNoLongerOpens() {
    String sealed = beforeRotation.seal(SERVICE_KEY, CONTEXT);

    assertThatThrownBy(() -> afterRotation.open(sealed, CONTEXT))
        .isInstanceOf(SecretUnreadableException.class)
        .hasMessageContaining("'k2025'")
        .hasMessageContaining(CONTEXT)
        .hasMessageNotContaining(SERVICE_KEY)
        .hasMessageNotContaining(sealed);
  }

  @Test
  void givenTheNewKeyUnderAnOldId_thenValuesFromTheOldKeyFailAuthentication() {
    String sealed = beforeRotation.seal(SERVICE_KEY, CONTEXT);
    SecretCipher sameIdOtherKey =
        new SecretCipher(SecretKeyRing.parse("k2025=" + SecretKeyRing.generateKey(), "k2025"));

    assertThatThrownBy(() -> sameIdOtherKey.open(sealed, CONTEXT))
        .isInstanceOf(SecretUnreadableException.class)
        .hasMessageContaining("authentication failed");
  }

  @Test
  void givenAResealForAnotherContext_thenItIsRefused() {
    String sealed = beforeRotation.seal(SERVICE_KEY, CONTEXT);

    assertThatThrownBy(() -> duringRotation.reseal(sealed, "supabase_config.service_key:tenant-b"))
        .isInstanceOf(SecretUnreadableException.class);
  }
}
