package br.com.gravacoes.systemtests.browser;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;

/**
 * Another company's site, on its own origin ({@code http://localhost:<port>}, while the product is
 * reached as {@code http://127.0.0.1:<port>}): a plain page with the README's drop-in snippet and a
 * small script of its own that follows the button's {@code gravacao-estado} event in {@code
 * #indicador}. It sets no cookie and sends no Content-Security-Policy.
 */
final class PartnerSite implements AutoCloseable {

  static final String PAGE = "/reuniao.html";

  /** The partner's own script: shows #indicador while the button says the meeting is recorded. */
  private static final String LISTENER =
      """
      document.addEventListener('gravacao-estado', (event) => {
        const indicador = document.getElementById('indicador');
        indicador.hidden = !event.detail.gravando;
        indicador.dataset.eventos = String(Number(indicador.dataset.eventos || 0) + 1);
      });
      """;

  private final HttpServer server;
  private volatile String page = "<!doctype html><title>vazia</title>";

  private PartnerSite(HttpServer server) {
    this.server = server;
  }

  /** Listens on a free loopback port; {@link #show} says what its page holds. */
  static PartnerSite start() throws IOException {
    HttpServer server =
        HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    PartnerSite site = new PartnerSite(server);
    server.createContext(PAGE, exchange -> site.send(exchange, "text/html", site.page));
    server.createContext(
        "/ouvinte.js", exchange -> site.send(exchange, "text/javascript", LISTENER));
    server.start();
    return site;
  }

  /** Where its page is: a different origin from the product's by host name and port. */
  URI origin() {
    return URI.create("http://localhost:" + server.getAddress().getPort());
  }

  URI pageUri() {
    return origin().resolve(PAGE);
  }

  /** The README's snippet for {@code roomId} on the service at {@code service}, with a token. */
  void show(URI service, String roomId, String token) {
    String base = service.toString().replaceAll("/+$", "");
    page =
        """
        <!doctype html>
        <html lang="pt-BR">
          <head>
            <meta charset="utf-8">
            <title>Parceiro: reunião</title>
            <style>
              body { font-family: sans-serif; margin: 2rem; }
              header { display: flex; gap: 1rem; align-items: center; }
              #indicador { background: #ef4444; color: #fff; padding: .25rem .75rem; border-radius: 1rem; }
            </style>
            <script src="/ouvinte.js"></script>
            <script type="module" src="%1$s/static/gravacao-toggle.js"></script>
          </head>
          <body>
            <header>
              <h1 id="titulo">Sistema parceiro — reunião %2$s</h1>
              <span id="indicador" hidden>GRAVANDO</span>
            </header>
            <gravacao-toggle room-id="%2$s" api-base="%1$s" token="%3$s"></gravacao-toggle>
          </body>
        </html>
        """
            .formatted(base, roomId, token);
  }

  private void send(HttpExchange exchange, String type, String body) throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().set("Content-Type", type + "; charset=utf-8");
    exchange.getResponseHeaders().set("Cache-Control", "no-store");
    exchange.sendResponseHeaders(200, bytes.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(bytes);
    }
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
