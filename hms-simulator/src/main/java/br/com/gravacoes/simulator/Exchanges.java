package br.com.gravacoes.simulator;

import com.sun.net.httpserver.HttpExchange;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonStructure;
import jakarta.json.spi.JsonProvider;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Reading requests and writing JSON answers on an {@link HttpExchange}. */
final class Exchanges {

  /**
   * Looked up once: the provider lookup scans the class path on every {@code Json.createX} call.
   */
  static final JsonProvider JSON = JsonProvider.provider();

  private Exchanges() {}

  static Map<String, String> query(HttpExchange exchange) {
    Map<String, String> values = new HashMap<>();
    String raw = exchange.getRequestURI().getRawQuery();
    if (raw == null || raw.isEmpty()) {
      return values;
    }
    for (String pair : raw.split("&")) {
      int equals = pair.indexOf('=');
      String name = equals < 0 ? pair : pair.substring(0, equals);
      String value = equals < 0 ? "" : pair.substring(equals + 1);
      values.putIfAbsent(decode(name), decode(value));
    }
    return values;
  }

  /** The JSON object in the body; an empty body reads as an empty object. */
  static JsonObject bodyObject(HttpExchange exchange) throws ApiException, IOException {
    byte[] body = readBody(exchange);
    if (body.length == 0 || new String(body, StandardCharsets.UTF_8).isBlank()) {
      return JsonObject.EMPTY_JSON_OBJECT;
    }
    try (JsonReader reader = JSON.createReader(new ByteArrayInputStream(body))) {
      JsonStructure structure = reader.read();
      if (structure instanceof JsonObject object) {
        return object;
      }
      throw ApiException.badRequest("request body must be a JSON object");
    } catch (JsonException e) {
      throw ApiException.badRequest("malformed JSON body: " + e.getMessage());
    }
  }

  static void sendJson(HttpExchange exchange, int status, JsonStructure body) throws IOException {
    send(exchange, status, "application/json", body.toString().getBytes(StandardCharsets.UTF_8));
  }

  static void sendError(HttpExchange exchange, ApiException error) throws IOException {
    sendJson(
        exchange, error.status(), errorBody(error.status(), error.getMessage(), error.details()));
  }

  static void sendError(HttpExchange exchange, int status, String message) throws IOException {
    sendJson(exchange, status, errorBody(status, message, List.of()));
  }

  static void sendNoContent(HttpExchange exchange) throws IOException {
    exchange.sendResponseHeaders(204, -1);
  }

  static void send(HttpExchange exchange, int status, String contentType, byte[] body)
      throws IOException {
    exchange.getResponseHeaders().set("Content-Type", contentType);
    exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(body);
    }
  }

  private static JsonObject errorBody(int status, String message, List<String> details) {
    JsonArrayBuilder detailArray = JSON.createArrayBuilder();
    details.forEach(detailArray::add);
    return JSON.createObjectBuilder()
        .add("code", status)
        .add("message", message)
        .add("details", detailArray)
        .build();
  }

  private static byte[] readBody(HttpExchange exchange) throws IOException {
    try (InputStream in = exchange.getRequestBody()) {
      return in.readAllBytes();
    }
  }

  private static String decode(String value) {
    return URLDecoder.decode(value, StandardCharsets.UTF_8);
  }
}
