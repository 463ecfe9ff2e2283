package br.com.gravacoes.adapters.rest.auth;

/**
 * An access token that was refused; the message says why, in English, for the logs. It never holds
 * the token, and text copied from the token is stripped of control characters and cut short.
 */
public class InvalidTokenException extends RuntimeException {

  private static final int MAX_MESSAGE_LENGTH = 300;

  public InvalidTokenException(String reason) {
    super(logSafe(reason));
  }

  InvalidTokenException(String reason, Throwable cause) {
    super(logSafe(reason), cause);
  }

  private static String logSafe(String reason) {
    String printable =
        reason
            .codePoints()
            .map(c -> Character.isISOControl(c) ? '?' : c)
            .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
            .toString();
    return printable.length() <= MAX_MESSAGE_LENGTH
        ? printable
        : printable.substring(0, MAX_MESSAGE_LENGTH) + "...";
  }
}
