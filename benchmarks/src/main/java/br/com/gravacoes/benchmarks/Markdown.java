package br.com.gravacoes.benchmarks;

import java.io.PrintStream;
import java.time.Duration;
import java.util.Locale;

/** Lines of the Markdown report, numbers with a dot as decimal separator whatever the locale. */
final class Markdown {

  private final PrintStream out;

  Markdown(PrintStream out) {
    this.out = out;
  }

  void line(String format, Object... arguments) {
    out.println(String.format(Locale.ROOT, format, arguments));
  }

  void blank() {
    out.println();
  }

  static String millis(Duration duration) {
    double ms = duration.toNanos() / 1e6;
    return String.format(Locale.ROOT, ms >= 10 ? "%.0f ms" : "%.1f ms", ms);
  }

  static String seconds(Duration duration) {
    return String.format(Locale.ROOT, "%.2f s", duration.toMillis() / 1e3);
  }

  static String met(boolean met) {
    return met ? "atingida" : "**NÃO atingida**";
  }
}
