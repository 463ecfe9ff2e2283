package br.com.gravacoes.simulator;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.HexFormat;

/** Identifiers shaped like the 100ms ones: 24 lowercase hex characters. */
final class Ids {

  private static final SecureRandom RANDOM = new SecureRandom();
  private static final int BYTES = 12;

  private Ids() {}

  static String newId() {
    byte[] bytes = new byte[BYTES];
    RANDOM.nextBytes(bytes);
    return HexFormat.of().formatHex(bytes);
  }

  /**
   * The same id for the same parts, for what the simulator has no notion of (workspace, account,
   * template) but webhooks must name consistently.
   */
  static String derived(String... parts) {
    try {
      MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
      byte[] digest = sha256.digest(String.join("\n", parts).getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(Arrays.copyOf(digest, BYTES));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }
}
