package br.com.gravacoes.postgrest;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/** An answer a fault gives instead of handling the request, e.g. a 503 or a 429. */
public record CannedResponse(int status, String jsonBody, Map<String, String> headers) {

  public CannedResponse {
    if (status < 400 || status > 599) {
      throw new IllegalArgumentException("a canned failure needs a 4xx or 5xx status: " + status);
    }
    Objects.requireNonNull(jsonBody, "jsonBody");
    headers = Map.copyOf(headers);
  }

  public static CannedResponse of(int status, String jsonBody) {
    return new CannedResponse(status, jsonBody, Map.of());
  }

  /** PostgREST while its schema cache cannot be loaded, as after a database restart. */
  public static CannedResponse schemaCacheUnavailable() {
    return of(
        503,
        "{\"code\":\"PGRST002\",\"details\":null,\"hint\":null,"
            + "\"message\":\"Could not query the database for the schema cache. Retrying.\"}");
  }

  /** PostgREST when it cannot connect to the database. */
  public static CannedResponse databaseConnectionError() {
    return of(
        503,
        "{\"code\":\"PGRST000\",\"details\":\"connection refused\",\"hint\":null,"
            + "\"message\":\"Database connection error. Retrying the connection.\"}");
  }

  /** The gateway's rate limiting, telling the client when to come back. */
  public static CannedResponse rateLimited(Duration retryAfter) {
    return of(429, "{\"message\":\"API rate limit exceeded\"}")
        .withHeader("Retry-After", Long.toString(Math.max(0, retryAfter.toSeconds())));
  }

  /** The gateway when PostgREST does not answer in time. */
  public static CannedResponse upstreamTimeout() {
    return of(504, "{\"message\":\"The upstream server is timing out\"}");
  }

  public CannedResponse withHeader(String name, String value) {
    Map<String, String> more = new LinkedHashMap<>(headers);
    more.put(name, value);
    return new CannedResponse(status, jsonBody, more);
  }
}
