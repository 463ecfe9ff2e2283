package br.com.gravacoes.simulator;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.HexFormat;

/** Mints and checks the presigned file URLs, with a key that lives as long as the simulator. */
final class UrlSigner {

  private final byte[] key = new byte[32];
  private final String publicBaseUrl;

  UrlSigner(String publicBaseUrl) {
    new SecureRandom().nextBytes(key);
    this.publicBaseUrl = publicBaseUrl;
  }

  String presignedUrl(String assetId, Instant expires) {
    String expiresParam = Long.toString(expires.getEpochSecond());
    return publicBaseUrl
        + "/files/"
        + assetId
        + ".mp4?expires="
        + expiresParam
        + "&signature="
        + signature(assetId, expiresParam);
  }

  /** Whether {@code signature} is ours for this asset and expiry, compared in constant time. */
  boolean signed(String assetId, String expires, String signature) {
    if (expires == null || signature == null) {
      return false;
    }
    byte[] expected = signature(assetId, expires).getBytes(StandardCharsets.US_ASCII);
    return MessageDigest.isEqual(expected, signature.getBytes(StandardCharsets.US_ASCII));
  }

  private String signature(String assetId, String expires) {
    byte[] mac = Hmac.sha256(key, (assetId + expires).getBytes(StandardCharsets.UTF_8));
    return HexFormat.of().formatHex(mac);
  }
}
