package br.com.gravacoes.adapters.persistence.crypto;

import java.util.Base64;

/**
 * The text form of a sealed secret, {@code gcm1:<keyId>:<base64url(iv || ciphertext+tag)>}, so the
 * key that sealed a value can be found without trying each one.
 */
record SealedValue(String keyId, byte[] ivAndCiphertext) {

  static final String PREFIX = "gcm1:";
  static final int IV_BYTES = 12;
  static final int TAG_BYTES = 16;

  /** Reads a value in the sealed format; the reasons it gives never quote the value itself. */
  static SealedValue parse(String value, String context) {
    if (value == null || !value.startsWith(PREFIX)) {
      throw unreadable(null, context, "not a sealed value (expected " + PREFIX + "<keyId>:...)");
    }
    int separator = value.indexOf(':', PREFIX.length());
    String keyId = separator < 0 ? "" : value.substring(PREFIX.length(), separator);
    if (!SecretKeyRing.KEY_ID.matcher(keyId).matches()) {
      throw unreadable(null, context, "the sealed value has no valid key id");
    }
    byte[] payload;
    try {
      payload = Base64.getUrlDecoder().decode(value.substring(separator + 1));
    } catch (IllegalArgumentException e) {
      throw unreadable(keyId, context, "the sealed payload is not valid base64url");
    }
    if (payload.length < IV_BYTES + TAG_BYTES) {
      throw unreadable(keyId, context, "the sealed payload is truncated");
    }
    return new SealedValue(keyId, payload);
  }

  String format() {
    return PREFIX
        + keyId
        + ":"
        + Base64.getUrlEncoder().withoutPadding().encodeToString(ivAndCiphertext);
  }

  private static SecretUnreadableException unreadable(String keyId, String context, String reason) {
    return new SecretUnreadableException(keyId, context, reason, null);
  }
}
