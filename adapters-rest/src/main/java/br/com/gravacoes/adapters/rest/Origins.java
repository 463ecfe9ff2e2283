package br.com.gravacoes.adapters.rest;

import java.util.Locale;

/**
 * The one way configured origins and a request's {@code Origin} are compared: trimmed, lower case,
 * without a trailing '/', so {@code https://app.example/} in the settings matches the {@code
 * https://app.example} a browser sends.
 */
public final class Origins {

  private Origins() {}

  public static String normalized(String origin) {
    String stripped = origin.strip().toLowerCase(Locale.ROOT);
    return stripped.endsWith("/") ? stripped.substring(0, stripped.length() - 1) : stripped;
  }
}
