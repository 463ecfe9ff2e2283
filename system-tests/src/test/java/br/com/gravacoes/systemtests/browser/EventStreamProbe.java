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

  /**
   * Runs before any script of every new document and records each event stream the page opens and
   * whether its "pronto" arrived: EventSource ones, and fetch ones (a page that must send an
   * Authorization header reads the stream with fetch), whose body is watched through a clone.
   */
  private static final String OBSERVER =
      """
      (() => {
        if (window.__gravacoesEventSources) return;
        const seen = (window.__gravacoesEventSources = []);
        const NativeEventSource = window.EventSource;
        if (NativeEventSource) {
          window.EventSource = class extends NativeEventSource {
            constructor(url, init) {
              super(url, init);
              const entry = { url: String(url), kind: 'EventSource', pronto: false };
              seen.push(entry);
              this.addEventListener('pronto', () => { entry.pronto = true; });
            }
          };
        }
        const nativeFetch = window.fetch;
        const watch = async (body, entry) => {
          let text = '';
          try {
            const reader = body.pipeThrough(new TextDecoderStream()).getReader();
            for (;;) {
              const { value, done } = await reader.read();
              if (done) return;
              if (!entry.pronto) {
                text += value;
                entry.pronto = /(^|\\n)event: ?pronto\\r?\\n/.test(text);
              }
            }
          } catch (ignored) {
            // The page closed its stream.
          }
        };
        window.fetch = async function (input, init) {
          const response = await nativeFetch.apply(this, arguments);
          const url = typeof input === 'string' ? input : String((input && input.url) || input);
          if (url.includes('/api/gravacoes/eventos') && response.ok && response.body) {
            const entry = { url, kind: 'fetch', pronto: false };
            seen.push(entry);
            watch(response.clone().body, entry);
          }
          return response;
        };
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
        "a página não recebeu 'pronto' de /api/gravacoes/eventos",
        () -> (Boolean) ((JavascriptExecutor) driver).executeScript(SUBSCRIBED),
        Boolean.TRUE::equals);
  }
}
