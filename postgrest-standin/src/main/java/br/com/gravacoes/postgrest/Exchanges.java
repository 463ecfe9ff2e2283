package br.com.gravacoes.postgrest;

import com.sun.net.httpserver.HttpExchange;
import jakarta.json.spi.JsonProvider;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/** Reading request bodies and writing answers on an {@link HttpExchange}. */
final class Exchanges {

  /**
   * Looked up once: the provider lookup scans the class path on every {@code Json.createX} call.
   */
  static final JsonProvider JSON = JsonProvider.provider();

  static final String JSON_UTF8 = "application/json; charset=utf-8";

  private Exchanges() {}

  static byte[] readBody(HttpExchange exchange) throws IOException {
    try (InputStream in = exchange.getRequestBody()) {
      return in.readAllBytes();
    }
  }

  static void sendError(HttpExchange exchange, ApiError error) throws IOException {
    error.headers().forEach(exchange.getResponseHeaders()::set);
    send(exchange, error.status(), error.body().toString());
  }

  /** Sends {@code body} as JSON; an empty body sends no body and no content type. */
  static void send(HttpExchange exchange, int status, String body) throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    if (bytes.length == 0) {
      exchange.sendResponseHeaders(status, -1);
      return;
    }
    exchange.getResponseHeaders().set("Content-Type", JSON_UTF8);
    exchange.sendResponseHeaders(status, bytes.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(bytes);
    }
  }
}
