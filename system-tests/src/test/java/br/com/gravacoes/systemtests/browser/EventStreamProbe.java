package br.com.gravacoes.systemtests.browser;

import java.time.Duration;
import java.util.Map;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * Sees a page's Server-Sent Events subscriptions. "Shown within 2 s of a change made elsewhere" is
 * measured from a page that is subscribed; the probe tells when the service has said {@code pronto}
 * to it, without changing what the page does.
 */
final class EventStreamProbe {

  /** Runs before any script of every new document: records each EventSource and its "pronto". */
  private static final String OBSERVER =
      """
      (() => {
        const Native = window.EventSource;
        if (!Native || Native.gravacoesObserved) return;
        const seen = (window.__gravacoesEventSources = []);
        class Observed extends Native {
          constructor(url, init) {
            super(url, init);
            const entry = { url: String(url), open: false, pronto: false };
            seen.push(entry);
            this.addEventListener('open', () => { entry.open = true; });
            this.addEventListener('pronto', () => { entry.pronto = true; });
          }
        }
        Observed.gravacoesObserved = true;
        window.EventSource = Observed;
      })();
      """;

  private static final String SUBSCRIBED =
      "return (window.__gravacoesEventSources || [])"
          + ".some(s => s.pronto && s.url.includes('/api/gravacoes/eventos'));";

  private EventStreamProbe() {}

  /** Observes every page the browser opens from now on. */
  static void install(ChromeDriver driver) {
    driver.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", OBSERVER));
  }

  /** Waits until the current page got {@code pronto} on {@code /api/gravacoes/eventos}. */
  static void awaitSubscribed(WebDriver driver, Duration limit) {
    PageWaits.until(
        limit,
        "a página não recebeu 'pronto' de /api/gravacoes/eventos (EventSource)",
        () -> (Boolean) ((JavascriptExecutor) driver).executeScript(SUBSCRIBED),
        Boolean.TRUE::equals);
  }
}
