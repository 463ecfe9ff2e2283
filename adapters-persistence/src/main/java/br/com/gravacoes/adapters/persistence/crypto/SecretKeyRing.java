package br.com.gravacoes.adapters.persistence.crypto;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

/** The AES-256 keys that seal and open secrets: the active one seals, every listed one opens. */
public final class SecretKeyRing {

  static final Pattern KEY_ID = Pattern.compile("[A-Za-z0-9_-]{1,32}");
  private static final int KEY_BYTES = 32;
  private static final SecureRandom RANDOM = new SecureRandom();

  private final Map<String, SecretKey> keys;
  private final String activeKeyId;

  private SecretKeyRing(LinkedHashMap<String, SecretKey> keys, String activeKeyId) {
    this.keys = Collections.unmodifiableMap(keys);
    this.activeKeyId = activeKeyId;
  }

  /**
   * Parses {@code id=<base64 of 32 bytes>} entries separated by commas (whitespace around entries
   * is ignored). Error messages name entries by position or id, never by their key material.
   *
   * @throws IllegalArgumentException if the text or the active key id is not valid
   */
  public static SecretKeyRing parse(String keysText, String activeKeyId) {
    if (keysText == null || keysText.isBlank()) {
      throw new IllegalArgumentException("No secret keys configured: expected id=<base64 key>,...");
    }
    LinkedHashMap<String, SecretKey> keys = new LinkedHashMap<>();
    String[] entries = keysText.split(",", -1);
    for (int i = 0; i < entries.length; i++) {
      String entry = entries[i].strip();
      int position = i + 1;
      int equals = entry.indexOf('=');
      if (equals < 0) {
        throw new IllegalArgumentException(
            "Secret key entry " + position + " is not in the form id=<base64 key>");
      }
      String id = entry.substring(0, equals).strip();
      if (!KEY_ID.matcher(id).matches()) {
        throw new IllegalArgumentException(
            "Secret key entry " + position + " has an id that does not match " + KEY_ID.pattern());
      }
      if (keys.containsKey(id)) {
        throw new IllegalArgumentException("Secret key id '" + id + "' is listed more than once");
      }
      keys.put(id, new SecretKeySpec(decodeKey(id, entry.substring(equals + 1).strip()), "AES"));
    }
    if (activeKeyId == null || !keys.containsKey(activeKeyId.strip())) {
      throw new IllegalArgumentException(
          "Active secret key id '"
              + activeKeyId
              + "' is not among the configured keys "
              + keys.keySet());
    }
    return new SecretKeyRing(keys, activeKeyId.strip());
  }

  /** A new random AES-256 key, base64-encoded, for operators setting up or rotating keys. */
  public static String generateKey() {
    byte[] key = new byte[KEY_BYTES];
    RANDOM.nextBytes(key);
    return Base64.getEncoder().encodeToString(key);
  }

  private static byte[] decodeKey(String id, String base64) {
    byte[] key;
    try {
      key = Base64.getDecoder().decode(base64);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("Secret key '" + id + "' is not valid base64");
    }
    if (key.length != KEY_BYTES) {
      throw new IllegalArgumentException(
          "Secret key '"
              + id
              + "' has "
              + key.length
              + " bytes; AES-256 needs exactly "
              + KEY_BYTES);
    }
    return key;
  }

  /** The id of the key that seals new values. */
  public String activeKeyId() {
    return activeKeyId;
  }

  /** The ids of every key that can open values, in configuration order. */
  public Set<String> keyIds() {
    return keys.keySet();
  }

  SecretKey activeKey() {
    return keys.get(activeKeyId);
  }

  Optional<SecretKey> key(String keyId) {
    return Optional.ofNullable(keys.get(Objects.requireNonNull(keyId, "keyId")));
  }

  /** Lists key ids only; key material never appears in logs. */
  @Override
  public String toString() {
    return "SecretKeyRing[active=" + activeKeyId + ", keys=" + keys.keySet() + "]";
  }
}
