package br.com.gravacoes.adapters.rest.auth;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/** Reads a claim by dotted path ({@code app_metadata.role}) through nested JSON objects. */
final class ClaimPath {

  private static final Pattern SEGMENTS = Pattern.compile("[^.\\s]+(\\.[^.\\s]+)*");

  private ClaimPath() {}

  static void requireValid(String dottedPath) {
    Objects.requireNonNull(dottedPath, "claim path");
    if (!SEGMENTS.matcher(dottedPath).matches()) {
      throw new IllegalArgumentException(
          "a claim path is names joined by dots, without blanks: '" + dottedPath + "'");
    }
  }

  /** The value at the path, or empty if a step is missing, null, or not an object. */
  static Optional<Object> read(Map<String, Object> claims, String dottedPath) {
    Object current = claims;
    for (String name : dottedPath.split("\\.")) {
      if (!(current instanceof Map<?, ?> object)) {
        return Optional.empty();
      }
      current = object.get(name);
    }
    return Optional.ofNullable(current);
  }
}
