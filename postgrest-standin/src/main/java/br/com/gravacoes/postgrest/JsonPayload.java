package br.com.gravacoes.postgrest;

import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonParser;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * A request body as PostgREST reads it before touching the database: one object or an array of
 * objects with the same keys, or, when a {@code columns} parameter is given, raw JSON passed on.
 *
 * @param json the text handed to PostgreSQL
 * @param keys the keys of the objects (empty when the columns parameter names them)
 * @param object whether the body is one object rather than an array
 */
record JsonPayload(String json, SortedSet<String> keys, boolean object) {

  private static final String INVALID_JSON = "Empty or invalid json";
  private static final String KEYS_MUST_MATCH = "All object keys must match";

  /** Parses the body, checking its keys unless {@code columnsGiven}. */
  static JsonPayload read(byte[] body, boolean columnsGiven) throws ApiError {
    String text = new String(body, StandardCharsets.UTF_8);
    boolean object = text.stripLeading().startsWith("{");
    if (columnsGiven) {
      // PostgREST does not parse it: PostgreSQL reports malformed JSON then.
      return new JsonPayload(text, new TreeSet<>(), object);
    }
    JsonValue value = parse(text);
    if (value instanceof JsonObject json) {
      return new JsonPayload(text, new TreeSet<>(json.keySet()), true);
    }
    if (value instanceof JsonArray array && !array.isEmpty()) {
      return new JsonPayload(text, uniformKeys(array), false);
    }
    // An empty array, or a scalar, which PostgREST turns into an empty array: nothing to write.
    return new JsonPayload("[]", new TreeSet<>(), false);
  }

  /** One JSON value and nothing after it, as Aeson's {@code decode} demands. */
  private static JsonValue parse(String text) throws ApiError {
    try (JsonParser parser = Exchanges.JSON.createParser(new StringReader(text))) {
      if (!parser.hasNext()) {
        throw PostgrestErrors.invalidBody(INVALID_JSON);
      }
      parser.next();
      JsonValue value = parser.getValue();
      if (parser.hasNext()) {
        throw PostgrestErrors.invalidBody(INVALID_JSON);
      }
      return value;
    } catch (JsonException | IllegalStateException | NoSuchElementException e) {
      throw PostgrestErrors.invalidBody(INVALID_JSON);
    }
  }

  private static SortedSet<String> uniformKeys(JsonArray array) throws ApiError {
    SortedSet<String> keys = null;
    for (JsonValue element : array) {
      if (!(element instanceof JsonObject json)) {
        throw PostgrestErrors.invalidBody(KEYS_MUST_MATCH);
      }
      Set<String> elementKeys = json.keySet();
      if (keys == null) {
        keys = new TreeSet<>(elementKeys);
      } else if (!keys.equals(elementKeys)) {
        throw PostgrestErrors.invalidBody(KEYS_MUST_MATCH);
      }
    }
    return keys;
  }
}
