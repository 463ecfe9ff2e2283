package br.com.gravacoes.systemtests.hostile;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An endpoint that reads a JSON object: its route, a base body that the endpoint would accept, the
 * fields the corpus attacks (one at a time, so that the attacked field alone makes the body
 * invalid: an accepted attack shows as changed data), and the headers that get past authentication.
 * Opaque fields (keys, secrets) legitimately hold '/' and '.', so path traversal is not an attack
 * on them; a strict target refuses unknown fields.
 */
record BodyTarget(
    String endpoint,
    String method,
    String path,
    Map<String, String> base,
    List<String> attacked,
    List<String> opaque,
    boolean nullable,
    boolean emptyObjectRefused,
    boolean strict,
    Map<String, String> credentials) {

  /** The base body with {@code field} set to the JSON fragment {@code json}. */
  String with(String field, String json) {
    Map<String, String> fields = new LinkedHashMap<>();
    base.forEach((name, value) -> fields.put(name, HostileStrings.quote(value)));
    fields.put(field, json);
    return object(fields);
  }

  String baseBody() {
    Map<String, String> fields = new LinkedHashMap<>();
    base.forEach((name, value) -> fields.put(name, HostileStrings.quote(value)));
    return object(fields);
  }

  HostileCase.Builder request(String category) {
    HostileCase.Builder builder = HostileCase.of(category, endpoint, method, path);
    credentials.forEach(builder::header);
    return builder;
  }

  private static String object(Map<String, String> fields) {
    StringBuilder json = new StringBuilder("{");
    fields.forEach(
        (name, value) -> {
          if (json.length() > 1) {
            json.append(',');
          }
          if (name.startsWith("data.")) {
            json.append("\"data\":{\"").append(name.substring(5)).append("\":").append(value);
            json.append('}');
          } else {
            json.append(HostileStrings.quote(name)).append(':').append(value);
          }
        });
    return json.append('}').toString();
  }
}
