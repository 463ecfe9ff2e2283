package br.com.gravacoes.adapters.persistence.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SecretCipherTest {

  private static final String CONTEXT = "credenciais_100ms.app_secret:tenant-a";
  private static final String PLAINTEXT = "hms-app-secret-0123456789";

  private final SecretCipher cipher =
      new SecretCipher(SecretKeyRing.parse("k1=" + SecretKeyRing.generateKey(), "k1"));

  @Test
  void givenASealedSecret_thenItOpensToThePlaintext() {
    String sealed = cipher.seal(PLAINTEXT, CONTEXT);

    assertThat(sealed).startsWith("gcm1:k1:").doesNotContain(PLAINTEXT);
    assertThat(cipher.open(sealed, CONTEXT)).isEqualTo(PLAINTEXT);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "ç", "sécrèt-çãõ-日本語", "emoji-😀🔑", "a\u0000b", "x:y:z"})
  void givenAnyUnicodeText_thenItRoundTrips(String plaintext) {
    assertThat(cipher.open(cipher.seal(plaintext, CONTEXT), CONTEXT)).isEqualTo(plaintext);
  }

  @Test
  void givenTheSamePlaintextTwice_thenTheSealedValuesDiffer() {
    assertThat(cipher.seal(PLAINTEXT, CONTEXT)).isNotEqualTo(cipher.seal(PLAINTEXT, CONTEXT));
  }

  @Test
  void theCiphertextDoesNotCarryThePlaintext() {
    String plaintext = "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA";
    byte[] payload = payload(cipher.seal(plaintext, CONTEXT));

    assertThat(new String(payload, StandardCharsets.ISO_8859_1)).doesNotContain("AAAA");
    assertThat(payload).hasSize(12 + plaintext.length() + 16);
  }

  @Test
  void givenAnotherTenantsContext_thenTheValueDoesNotOpen() {
    String sealed = cipher.seal(PLAINTEXT, CONTEXT);

    assertThatThrownBy(() -> cipher.open(sealed, "credenciais_100ms.app_secret:tenant-b"))
        .isInstanceOf(SecretUnreadableException.class)
        .hasMessageContaining("credenciais_100ms.app_secret:tenant-b")
        .hasMessageContaining("'k1'")
        .satisfies(e -> assertHidesSecrets(e, sealed));
  }

  @Test
  void givenAnotherColumnsContext_thenTheValueDoesNotOpen() {
    String sealed = cipher.seal(PLAINTEXT, CONTEXT);

    assertThatThrownBy(() -> cipher.open(sealed, "supabase_config.service_key:tenant-a"))
        .isInstanceOf(SecretUnreadableException.class);
  }

  @Test
  void givenAnyByteFlipped_thenTheValueDoesNotOpen() {
    String sealed = cipher.seal(PLAINTEXT, CONTEXT);
    byte[] payload = payload(sealed);

    for (int i = 0; i < payload.length; i++) {
      byte[] tampered = payload.clone();
      tampered[i] ^= 0x01;
      String value = "gcm1:k1:" + Base64.getUrlEncoder().withoutPadding().encodeToString(tampered);
      assertThatThrownBy(() -> cipher.open(value, CONTEXT))
          .isInstanceOf(SecretUnreadableException.class)
          .hasMessageContaining("authentication failed")
          .satisfies(e -> assertHidesSecrets(e, value));
    }
  }

  @Test
  void givenATruncatedValue_thenItDoesNotOpen() {
    String sealed = cipher.seal(PLAINTEXT, CONTEXT);

    for (int cut = 1; cut < sealed.length() - "gcm1:k1:".length(); cut++) {
      String truncated = sealed.substring(0, sealed.length() - cut);
      assertThatThrownBy(() -> cipher.open(truncated, CONTEXT))
          .isInstanceOf(SecretUnreadableException.class)
          .satisfies(e -> assertHidesSecrets(e, truncated));
    }
    assertThatThrownBy(() -> cipher.open("gcm1:k1:AAAA", CONTEXT))
        .hasMessageContaining("truncated");
  }

  @Test
  void givenAnUnknownKeyId_thenTheMessageNamesItAndTheContext() {
    String sealed = cipher.seal(PLAINTEXT, CONTEXT).replace("gcm1:k1:", "gcm1:k9:");

    assertThatThrownBy(() -> cipher.open(sealed, CONTEXT))
        .isInstanceOf(SecretUnreadableException.class)
        .hasMessage(
            "Cannot open secret for context '"
                + CONTEXT
                + "' sealed with key 'k9': that key is not in the key ring [k1]")
        .satisfies(
            e -> {
              SecretUnreadableException unreadable = (SecretUnreadableException) e;
              assertThat(unreadable.keyId()).isEqualTo("k9");
              assertThat(unreadable.context()).isEqualTo(CONTEXT);
            });
  }

  @Test
  void givenAPlaintextOrMalformedValue_thenItIsNotSealedAndDoesNotOpen() {
    for (String value : new String[] {PLAINTEXT, "gcm1:", "gcm1:k1", "gcm1::AAAA", "gcm1:k1:*"}) {
      assertThat(cipher.isSealed(value)).as(value).isFalse();
      assertThatThrownBy(() -> cipher.open(value, CONTEXT))
          .isInstanceOf(SecretUnreadableException.class)
          .hasMessageNotContaining(value.length() > 5 ? value.substring(5) : "\u0000");
    }
    assertThat(cipher.isSealed(null)).isFalse();
    assertThat(cipher.isSealed(cipher.seal(PLAINTEXT, CONTEXT))).isTrue();
  }

  @Test
  void givenNoContext_thenSealingIsRefused() {
    assertThatThrownBy(() -> cipher.seal(PLAINTEXT, " "))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> cipher.seal(PLAINTEXT, null)).isInstanceOf(NullPointerException.class);
  }

  private static byte[] payload(String sealed) {
    return Base64.getUrlDecoder().decode(sealed.substring(sealed.lastIndexOf(':') + 1));
  }

  private static void assertHidesSecrets(Throwable e, String sealed) {
    String payload = sealed.substring(sealed.lastIndexOf(':') + 1);
    assertThat(e.getMessage())
        .doesNotContain(PLAINTEXT)
        .doesNotContain(sealed)
        .doesNotContain(payload.length() > 8 ? payload.substring(0, 8) : sealed);
  }
}
