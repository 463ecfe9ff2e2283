package br.com.gravacoes.adapters.persistence.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Base64;
import org.junit.jupiter.api.Test;

class SecretKeyRingTest {

  private static final String KEY_A = SecretKeyRing.generateKey();
  private static final String KEY_B = SecretKeyRing.generateKey();

  @Test
  void givenTwoKeys_thenBothAreListedAndTheActiveOneIsChosen() {
    SecretKeyRing ring = SecretKeyRing.parse(" k2026a=" + KEY_A + " ,\n k2025=" + KEY_B, "k2026a");

    assertThat(ring.activeKeyId()).isEqualTo("k2026a");
    assertThat(ring.keyIds()).containsExactly("k2026a", "k2025");
  }

  @Test
  void givenAGeneratedKey_thenItIs32RandomBytesInBase64() {
    assertThat(Base64.getDecoder().decode(SecretKeyRing.generateKey())).hasSize(32);
    assertThat(SecretKeyRing.generateKey()).isNotEqualTo(SecretKeyRing.generateKey());
  }

  @Test
  void givenUnpaddedBase64_thenTheKeyIsAccepted() {
    String unpadded = KEY_A.replace("=", "");

    assertThat(SecretKeyRing.parse("k1=" + unpadded, "k1").keyIds()).containsExactly("k1");
  }

  @Test
  void toStringShowsKeyIdsButNoKeyMaterial() {
    SecretKeyRing ring = SecretKeyRing.parse("k2026a=" + KEY_A + ",k2025=" + KEY_B, "k2026a");

    assertThat(ring.toString())
        .contains("k2026a", "k2025")
        .doesNotContain(KEY_A, KEY_B, KEY_A.substring(0, 8), KEY_B.substring(0, 8));
  }

  @Test
  void givenNoKeys_thenParsingFails() {
    assertThatThrownBy(() -> SecretKeyRing.parse("  ", "k1"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("No secret keys configured");
    assertThatThrownBy(() -> SecretKeyRing.parse(null, "k1"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void givenBadBase64_thenTheMessageNamesTheKeyIdButNotTheValue() {
    assertThatThrownBy(() -> SecretKeyRing.parse("k1=" + KEY_A + ",k2=not*base64!", "k1"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Secret key 'k2' is not valid base64");
  }

  @Test
  void givenA16ByteKey_thenAes256IsRequired() {
    String short16 = Base64.getEncoder().encodeToString(new byte[16]);

    assertThatThrownBy(() -> SecretKeyRing.parse("k1=" + short16, "k1"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Secret key 'k1' has 16 bytes; AES-256 needs exactly 32")
        .hasMessageNotContaining(short16);
  }

  @Test
  void givenADuplicateId_thenParsingFails() {
    assertThatThrownBy(() -> SecretKeyRing.parse("k1=" + KEY_A + ",k1=" + KEY_B, "k1"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Secret key id 'k1' is listed more than once");
  }

  @Test
  void givenAnActiveIdThatIsNotListed_thenTheMessageListsTheConfiguredIds() {
    assertThatThrownBy(() -> SecretKeyRing.parse("k1=" + KEY_A + ",k2=" + KEY_B, "k3"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Active secret key id 'k3' is not among the configured keys [k1, k2]");
    assertThatThrownBy(() -> SecretKeyRing.parse("k1=" + KEY_A, null))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void givenAnIdOutsideTheCharset_thenTheEntryIsNamedByPosition() {
    assertThatThrownBy(() -> SecretKeyRing.parse("k1=" + KEY_A + ",k:2=" + KEY_B, "k1"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Secret key entry 2 has an id that does not match [A-Za-z0-9_-]{1,32}");
    assertThatThrownBy(() -> SecretKeyRing.parse("=" + KEY_A, "k1"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("entry 1");
    assertThatThrownBy(() -> SecretKeyRing.parse("a".repeat(33) + "=" + KEY_A, "k1"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("entry 1");
  }

  @Test
  void givenAKeyPastedWithoutAnId_thenTheMessageDoesNotEchoIt() {
    String noPadding = KEY_A.replace("=", "");

    assertThatThrownBy(() -> SecretKeyRing.parse(KEY_A, "k1"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageNotContaining(noPadding.substring(0, 8));
    assertThatThrownBy(() -> SecretKeyRing.parse(noPadding, "k1"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Secret key entry 1 is not in the form id=<base64 key>");
  }

  @Test
  void givenAnEmptyEntry_thenParsingFails() {
    assertThatThrownBy(() -> SecretKeyRing.parse("k1=" + KEY_A + ",,", "k1"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Secret key entry 2 is not in the form id=<base64 key>");
  }
}
