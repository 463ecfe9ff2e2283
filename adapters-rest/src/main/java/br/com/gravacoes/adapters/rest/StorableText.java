package br.com.gravacoes.adapters.rest;

/**
 * Whether a text from a request can be stored as it is: PostgreSQL's text refuses NUL, and the JDBC
 * driver silently turns an unpaired UTF-16 surrogate (a JSON {@code "\ud800"}) into '?'.
 */
final class StorableText {

  private StorableText() {}

  static boolean isStorable(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\u0000') {
        return false;
      }
      if (Character.isHighSurrogate(c)) {
        if (i + 1 == text.length() || !Character.isLowSurrogate(text.charAt(i + 1))) {
          return false;
        }
        i++;
      } else if (Character.isLowSurrogate(c)) {
        return false;
      }
    }
    return true;
  }
}
