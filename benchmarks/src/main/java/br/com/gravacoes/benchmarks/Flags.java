package br.com.gravacoes.benchmarks;

import java.util.LinkedHashMap;
import java.util.Map;

/** The benchmarks' command-line flags ({@code --name value}), read once each. */
final class Flags {

  /** A flag that is unknown, malformed or out of range, or a request for help. */
  static final class UsageException extends RuntimeException {
    UsageException(String message) {
      super(message);
    }
  }

  private final Map<String, String> unread;

  private Flags(Map<String, String> flags) {
    this.unread = new LinkedHashMap<>(flags);
  }

  /** Reads {@code --name value} pairs; {@code --help} or a malformed list is a UsageException. */
  static Flags parse(String... arguments) {
    Map<String, String> flags = new LinkedHashMap<>();
    for (int i = 0; i < arguments.length; i++) {
      String flag = arguments[i];
      if (flag.equals("--help") || flag.equals("-h")) {
        throw new UsageException("");
      }
      if (!flag.startsWith("--") || i + 1 >= arguments.length) {
        throw new UsageException("flag sem valor: " + flag);
      }
      flags.put(flag.substring(2), arguments[++i]);
    }
    return new Flags(flags);
  }

  String text(String name, String fallback) {
    String value = unread.remove(name);
    return value == null ? fallback : value;
  }

  int positive(String name, int fallback) {
    int value = number(name, fallback);
    if (value < 1) {
      throw new UsageException("--" + name + " deve ser positivo");
    }
    return value;
  }

  int atLeastZero(String name, int fallback) {
    int value = number(name, fallback);
    if (value < 0) {
      throw new UsageException("--" + name + " não pode ser negativo");
    }
    return value;
  }

  private int number(String name, int fallback) {
    String value = unread.remove(name);
    try {
      return value == null ? fallback : Integer.parseInt(value.replace("_", ""));
    } catch (NumberFormatException e) {
      throw new UsageException("--" + name + " espera um número: " + value);
    }
  }

  void requireAllUsed() {
    if (!unread.isEmpty()) {
      throw new UsageException("flag desconhecida: --" + unread.keySet().iterator().next());
    }
  }
}
