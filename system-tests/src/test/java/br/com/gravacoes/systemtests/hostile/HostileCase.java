package br.com.gravacoes.systemtests.hostile;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * One hostile request: its category (what kind of hostility), the endpoint it targets (method and
 * route template), and the exact bytes of its request line, headers and body. A container-level
 * case is one that Payara's HTTP layer (Grizzly, CoyoteAdapter) answers before any application code
 * runs, so it cannot be JSON: it is judged only on "no 5xx, no content, no data changed".
 */
public record HostileCase(
    String category,
    String endpoint,
    String label,
    String method,
    byte[] target,
    List<byte[]> headerLines,
    byte[] body,
    boolean omitLength,
    boolean containerLevel) {

  static Builder of(String category, String endpoint, String method, String target) {
    return new Builder(category, endpoint, method, target.getBytes(StandardCharsets.UTF_8));
  }

  @Override
  public String toString() {
    return "["
        + category
        + "] "
        + method
        + " "
        + new String(target, StandardCharsets.UTF_8)
        + " ("
        + label
        + ")";
  }

  /** Collects headers and a body; JSON content type unless told otherwise. */
  static final class Builder {
    private final String category;
    private final String endpoint;
    private final String method;
    private final byte[] target;
    private final List<byte[]> headers = new ArrayList<>();
    private String label = "";
    private byte[] body;
    private boolean omitLength;
    private boolean containerLevel;

    private Builder(String category, String endpoint, String method, byte[] target) {
      this.category = category;
      this.endpoint = endpoint;
      this.method = method;
      this.target = target;
    }

    Builder label(String text) {
      this.label = text;
      return this;
    }

    Builder header(String name, String value) {
      headers.add((name + ": " + value).getBytes(StandardCharsets.UTF_8));
      return this;
    }

    Builder rawHeader(byte[] line) {
      headers.add(line);
      return this;
    }

    Builder bearer(String token) {
      return token == null ? this : header("Authorization", "Bearer " + token);
    }

    Builder json(String text) {
      return header("Content-Type", "application/json").body(text);
    }

    Builder body(String text) {
      return body(text.getBytes(StandardCharsets.UTF_8));
    }

    Builder body(byte[] bytes) {
      this.body = bytes;
      return this;
    }

    Builder withoutLength() {
      this.omitLength = true;
      return this;
    }

    Builder containerLevel() {
      this.containerLevel = true;
      return this;
    }

    HostileCase build() {
      return new HostileCase(
          category,
          endpoint,
          label,
          method,
          target,
          List.copyOf(headers),
          body,
          omitLength,
          containerLevel);
    }
  }
}
