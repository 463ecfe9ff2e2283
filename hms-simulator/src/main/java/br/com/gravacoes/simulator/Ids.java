package br.com.gravacoes.simulator;

import java.security.SecureRandom;
import java.util.HexFormat;

/** Identifiers shaped like the 100ms ones: 24 lowercase hex characters. */
final class Ids {

  private static final SecureRandom RANDOM = new SecureRandom();

  private Ids() {}

  static String newId() {
    byte[] bytes = new byte[12];
    RANDOM.nextBytes(bytes);
    return HexFormat.of().formatHex(bytes);
  }
}
