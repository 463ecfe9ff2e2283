package br.com.gravacoes.adapters.persistence;

import br.com.gravacoes.adapters.persistence.crypto.SecretCipher;
import br.com.gravacoes.adapters.persistence.crypto.SecretKeyRing;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The keys that seal integration secrets at rest (MicroProfile Config): {@code
 * gravacoes.crypto.keys}, {@code id=<base64 of 32 bytes>} entries separated by commas, every one of
 * which opens values; and {@code gravacoes.crypto.active-key}, the id that seals new ones (the
 * first listed when not set). Without keys nothing can be saved, and only plain-text rows can be
 * read.
 */
@ApplicationScoped
public class SecretSettings {

  @Inject
  @ConfigProperty(name = "gravacoes.crypto.keys")
  Optional<String> keys;

  @Inject
  @ConfigProperty(name = "gravacoes.crypto.active-key")
  Optional<String> activeKey;

  private SecretKeyRing ring;
  private boolean read;

  /**
   * The configured keys, or empty when none are.
   *
   * @throws IllegalStateException the configuration is malformed (its message never quotes a key)
   */
  public synchronized Optional<SecretKeyRing> ring() {
    if (!read) {
      ring = parse(keys, activeKey).orElse(null);
      read = true;
    }
    return Optional.ofNullable(ring);
  }

  StoredSecrets storedSecrets() {
    return new StoredSecrets(ring().map(SecretCipher::new).orElse(null));
  }

  static Optional<SecretKeyRing> parse(Optional<String> keys, Optional<String> activeKey) {
    Optional<String> text = keys.map(String::strip).filter(value -> !value.isEmpty());
    if (text.isEmpty()) {
      return Optional.empty();
    }
    String active =
        activeKey.map(String::strip).filter(value -> !value.isEmpty()).orElse(firstId(text.get()));
    try {
      return Optional.of(SecretKeyRing.parse(text.get(), active));
    } catch (IllegalArgumentException malformed) {
      throw new IllegalStateException(
          "GRAVACOES_CRYPTO_KEYS / GRAVACOES_CRYPTO_ACTIVE_KEY inválidas: "
              + malformed.getMessage(),
          malformed);
    }
  }

  private static String firstId(String keysText) {
    String first = keysText.split(",", -1)[0];
    int equals = first.indexOf('=');
    // Never the entry itself: without '=' it may be key material, which must not reach a message.
    return equals < 0 ? "" : first.substring(0, equals).strip();
  }
}
