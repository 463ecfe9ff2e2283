package br.com.gravacoes.adapters.persistence;

import br.com.gravacoes.adapters.persistence.crypto.SecretCipher;
import br.com.gravacoes.adapters.persistence.crypto.SecretKeyRing;
import br.com.gravacoes.adapters.persistence.crypto.SecretUnreadableException;
import br.com.gravacoes.application.port.out.StoredSecretException;

/**
 * Seals the secrets the repositories store and opens them again, or says in Portuguese why it
 * cannot, never quoting a value. A value stored before encryption existed (not in the sealed
 * format) is read as it is; the startup job seals it.
 */
final class StoredSecrets {

  static final String NO_KEY = "Chave de criptografia não configurada (GRAVACOES_CRYPTO_KEYS)";

  /** Seals with a key made for this JVM: for tests and benchmarks, whose data dies with them. */
  private static final StoredSecrets EPHEMERAL =
      new StoredSecrets(
          new SecretCipher(
              SecretKeyRing.parse("efemera=" + SecretKeyRing.generateKey(), "efemera")));

  private final SecretCipher cipher;

  /**
   * @param cipher the configured keys, or null when none is configured: nothing can be sealed, and
   *     only values stored in plain text can be read
   */
  StoredSecrets(SecretCipher cipher) {
    this.cipher = cipher;
  }

  static StoredSecrets ephemeral() {
    return EPHEMERAL;
  }

  /**
   * @throws StoredSecretException no key is configured
   */
  String seal(SecretColumn column, String tenantId, String plaintext) {
    if (cipher == null) {
      throw new StoredSecretException(NO_KEY, null);
    }
    return cipher.seal(plaintext, column.context(tenantId));
  }

  /**
   * The plaintext of a stored value: opened if sealed, as it is otherwise (null stays null).
   *
   * @throws StoredSecretException the value is sealed and no configured key opens it for this row
   */
  String open(SecretColumn column, String tenantId, String stored) {
    if (!isSealed(stored)) {
      return stored;
    }
    if (cipher == null) {
      throw new StoredSecretException(
          NO_KEY + ": o segredo salvo em " + column + " do tenant " + tenantId + " está cifrado",
          null);
    }
    try {
      return cipher.open(stored, column.context(tenantId));
    } catch (SecretUnreadableException unreadable) {
      throw new StoredSecretException(
          "Não foi possível abrir o segredo salvo em "
              + column
              + " do tenant "
              + tenantId
              + (unreadable.keyId() == null ? "" : " (chave '" + unreadable.keyId() + "')")
              + ": a chave não está em GRAVACOES_CRYPTO_KEYS, ou o valor foi alterado ou copiado"
              + " de outro registro; salve-o novamente",
          unreadable);
    }
  }

  /** Whether the value is in the sealed format (a format check only: no key is needed). */
  static boolean isSealed(String stored) {
    return stored != null && EPHEMERAL.cipher.isSealed(stored);
  }
}
