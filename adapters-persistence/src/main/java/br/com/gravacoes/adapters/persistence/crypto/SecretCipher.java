package br.com.gravacoes.adapters.persistence.crypto;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;

/**
 * Seals secrets for storage with AES-256-GCM and opens them again; thread-safe.
 *
 * <p>A sealed value reads {@code gcm1:<keyId>:<base64url(12-byte IV || ciphertext+tag)>}. The
 * {@code context} (for example {@code credenciais_100ms.app_secret:<tenant_id>}) is the additional
 * authenticated data, so a value copied to another row or column does not open.
 */
public final class SecretCipher {

  private static final String TRANSFORMATION = "AES/GCM/NoPadding";

  private final SecretKeyRing ring;
  private final SecureRandom random = new SecureRandom();

  public SecretCipher(SecretKeyRing ring) {
    this.ring = Objects.requireNonNull(ring, "ring");
  }

  /** Encrypts {@code plaintext} with the active key and a fresh random IV. */
  public String seal(String plaintext, String context) {
    Objects.requireNonNull(plaintext, "plaintext");
    byte[] aad = aad(context);
    byte[] iv = new byte[SealedValue.IV_BYTES];
    random.nextBytes(iv);
    try {
      Cipher cipher = cipher(Cipher.ENCRYPT_MODE, ring.activeKey(), iv);
      cipher.updateAAD(aad);
      byte[] ciphertext = cipher.doFinal(plaintext.getBytes(StandardCharsets.UTF_8));
      byte[] payload = Arrays.copyOf(iv, iv.length + ciphertext.length);
      System.arraycopy(ciphertext, 0, payload, iv.length, ciphertext.length);
      return new SealedValue(ring.activeKeyId(), payload).format();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("AES-GCM is not available to seal secrets", e);
    }
  }

  /**
   * Decrypts a value sealed for {@code context} with any key in the ring.
   *
   * @throws SecretUnreadableException if the key is unknown, the value was altered or truncated, or
   *     it was sealed for another context
   */
  public String open(String sealed, String context) {
    byte[] aad = aad(context);
    SealedValue value = SealedValue.parse(sealed, context);
    SecretKey key =
        ring.key(value.keyId())
            .orElseThrow(
                () ->
                    new SecretUnreadableException(
                        value.keyId(),
                        context,
                        "that key is not in the key ring " + ring.keyIds(),
                        null));
    byte[] payload = value.ivAndCiphertext();
    try {
      Cipher cipher =
          cipher(Cipher.DECRYPT_MODE, key, Arrays.copyOf(payload, SealedValue.IV_BYTES));
      cipher.updateAAD(aad);
      byte[] plaintext =
          cipher.doFinal(payload, SealedValue.IV_BYTES, payload.length - SealedValue.IV_BYTES);
      return new String(plaintext, StandardCharsets.UTF_8);
    } catch (AEADBadTagException e) {
      throw new SecretUnreadableException(
          value.keyId(),
          context,
          "authentication failed (value altered or truncated, or sealed for another context)",
          e);
    } catch (GeneralSecurityException e) {
      throw new SecretUnreadableException(value.keyId(), context, "decryption failed", e);
    }
  }

  /** Whether {@code value} is in the sealed format (it may still fail to open). */
  public boolean isSealed(String value) {
    return sealedKeyId(value).isPresent();
  }

  /** Whether {@code value} is sealed with the active key, so re-encryption can skip it. */
  public boolean isSealedWithActiveKey(String value) {
    return sealedKeyId(value).filter(ring.activeKeyId()::equals).isPresent();
  }

  /** Opens {@code sealed} with whichever key sealed it and seals it again with the active key. */
  public String reseal(String sealed, String context) {
    return seal(open(sealed, context), context);
  }

  private static Optional<String> sealedKeyId(String value) {
    try {
      return Optional.of(SealedValue.parse(value, "").keyId());
    } catch (SecretUnreadableException e) {
      return Optional.empty();
    }
  }

  private static Cipher cipher(int mode, SecretKey key, byte[] iv) throws GeneralSecurityException {
    // A Cipher per call: instances are not thread-safe, and GCM must never reuse one IV per key.
    Cipher cipher = Cipher.getInstance(TRANSFORMATION);
    cipher.init(mode, key, new GCMParameterSpec(SealedValue.TAG_BYTES * 8, iv));
    return cipher;
  }

  private static byte[] aad(String context) {
    Objects.requireNonNull(context, "context");
    if (context.isBlank()) {
      throw new IllegalArgumentException("A secret needs a context (table.column:row id)");
    }
    return context.getBytes(StandardCharsets.UTF_8);
  }
}
