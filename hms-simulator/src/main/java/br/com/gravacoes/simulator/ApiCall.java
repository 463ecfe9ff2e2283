package br.com.gravacoes.simulator;

import com.sun.net.httpserver.HttpExchange;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.time.Instant;
import java.util.Map;
import java.util.regex.Matcher;

/**
 * An authenticated call to the {@code /v2} API.
 *
 * @param path the route's pattern matched against the request path, for the path parameters
 * @param accessKey the app whose token signed the call
 */
record ApiCall(HttpExchange exchange, Matcher path, String accessKey, Instant now) {

  /** The {@code index}-th path parameter, counting from 1. */
  String pathParam(int index) {
    return path.group(index);
  }

  /** A query parameter; absent and empty both read as null, as 100ms ignores empty filters. */
  String query(String name) {
    Map<String, String> query = Exchanges.query(exchange);
    String value = query.get(name);
    return value == null || value.isEmpty() ? null : value;
  }

  JsonObject body() throws ApiException, IOException {
    return Exchanges.bodyObject(exchange);
  }
}
