package br.com.gravacoes.postgrest;

import java.time.Instant;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A request as a project received it, for tests to assert what a client sent.
 *
 * @param path the path after the project's base URL, e.g. {@code /rest/v1/gravacoes}
 * @param rawQuery the query string as sent (still URL-encoded), or an empty string
 * @param headers every header, names compared without case
 */
public record RecordedRequest(
    String method,
    String path,
    String rawQuery,
    Map<String, List<String>> headers,
    byte[] body,
    Instant receivedAt) {

  public RecordedRequest {
    TreeMap<String, List<String>> copy = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    headers.forEach((name, values) -> copy.put(name, List.copyOf(values)));
    headers = Collections.unmodifiableMap(copy);
    rawQuery = rawQuery == null ? "" : rawQuery;
    body = body.clone();
  }

  /** The first value of a header, whatever the case of its name. */
  public Optional<String> header(String name) {
    List<String> values = headers.get(name);
    return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
  }

  /** A query parameter, URL-decoded. */
  public Optional<String> queryParameter(String name) {
    return Optional.ofNullable(QueryString.parse(rawQuery).get(name));
  }

  @Override
  public byte[] body() {
    return body.clone();
  }
}
