package br.com.gravacoes.simulator;

import java.security.GeneralSecurityException;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** HMAC-SHA256, shared by the token check and the presigned URLs. */
final class Hmac {

  private static final String ALGORITHM = "HmacSHA256";

  private Hmac() {}

  static byte[] sha256(byte[] key, byte[] data) {
    try {
      // A new Mac per call: Mac instances are not thread-safe and requests run concurrently.
      Mac mac = Mac.getInstance(ALGORITHM);
      mac.init(new SecretKeySpec(key, ALGORITHM));
      return mac.doFinal(data);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is required by every Java runtime", e);
    }
  }
}
