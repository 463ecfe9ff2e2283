package br.com.gravacoes.application.port.in;

/**
 * Masks a secret for display, showing at most its last few characters, and recognises a mask sent
 * back by a form that showed it.
 */
public final class SecretMask {

  static final String DOTS = "\u2022".repeat(8);
  private static final int MIN_LENGTH_TO_SHOW = 8;
  private static final int MAX_SHOWN = 4;

  private SecretMask() {}

  /**
   * {@code ••••••••abcd}: eight dots (so the mask hides the length) and then the last characters,
   * never more than four nor more than a quarter of the secret; under eight characters, dots only.
   * Returns {@code null} for {@code null}.
   */
  public static String mask(String secret) {
    if (secret == null) {
      return null;
    }
    int length = secret.codePointCount(0, secret.length());
    int shown = length < MIN_LENGTH_TO_SHOW ? 0 : Math.min(MAX_SHOWN, length / 4);
    int start = secret.offsetByCodePoints(secret.length(), -shown);
    return DOTS + secret.substring(start);
  }

  /** Whether {@code value} is a mask (a form sent back what it showed), never a real secret. */
  public static boolean isMask(String value) {
    return value != null && value.startsWith(DOTS);
  }
}
