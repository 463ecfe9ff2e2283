package br.com.gravacoes.systemtests.browser;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.support.ui.FluentWait;

/**
 * Explicit waits on something read from a page, polled every 50 ms; a timeout says what was awaited
 * and what was last seen.
 */
final class PageWaits {

  private static final Duration POLL = Duration.ofMillis(50);

  private PageWaits() {}

  /**
   * Reads until {@code done} holds and returns that reading. Reads that fail (element not there
   * yet, detached, script error while the page loads) count as not done.
   */
  static <T> T until(Duration limit, String what, Supplier<T> read, Predicate<T> done) {
    AtomicReference<Object> last = new AtomicReference<>("(nada lido)");
    return new FluentWait<>(read)
        .withTimeout(limit)
        .pollingEvery(POLL)
        .ignoring(WebDriverException.class)
        .withMessage(
            () -> what + " em " + limit.toMillis() + " ms; último estado lido: " + last.get())
        .until(
            reader -> {
              T value = reader.get();
              last.set(value);
              return value != null && done.test(value) ? value : null;
            });
  }
}
