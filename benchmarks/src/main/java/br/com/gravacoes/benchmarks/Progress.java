package br.com.gravacoes.benchmarks;

import java.time.Duration;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Progress lines on standard error, so that standard output holds only the report. */
final class Progress {

  private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm:ss");

  private Progress() {}

  static void say(String format, Object... arguments) {
    System.err.println(
        "[bench "
            + LocalTime.now().format(CLOCK)
            + "] "
            + String.format(Locale.ROOT, format, arguments));
  }

  static void pause(Duration duration) {
    try {
      Thread.sleep(duration.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    }
  }
}
