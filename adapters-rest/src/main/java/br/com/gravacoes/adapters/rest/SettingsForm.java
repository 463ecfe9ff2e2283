package br.com.gravacoes.adapters.rest;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the body of an integration settings form strictly: a JSON object whose fields are all known
 * and are text or null. Checking what the text says is the use case's business.
 */
final class SettingsForm {

  private final Map<String, String> values;

  private SettingsForm(Map<String, String> values) {
    this.values = values;
  }

  /** A body that must be there, as in a save. */
  static SettingsForm required(String body, List<String> fields) {
    return of(JsonBodies.object(body), fields);
  }

  /** A body that may be left out, as in a connection test: then every field is absent. */
  static SettingsForm optional(String body, List<String> fields) {
    return body == null || body.isBlank()
        ? new SettingsForm(Map.of())
        : of(JsonBodies.object(body), fields);
  }

  private static SettingsForm of(JsonObject object, List<String> fields) {
    Map<String, String> values = new HashMap<>();
    for (Map.Entry<String, JsonValue> field : object.entrySet()) {
      String name = field.getKey();
      if (!fields.contains(name)) {
        throw new InvalidRequestException(
            "Campo desconhecido: " + quoted(name) + " (use " + String.join(", ", fields) + ")");
      }
      JsonValue value = field.getValue();
      if (value.getValueType() == JsonValue.ValueType.STRING) {
        values.put(name, ((JsonString) value).getString());
      } else if (value.getValueType() != JsonValue.ValueType.NULL) {
        throw new InvalidRequestException(name + " deve ser um texto");
      }
    }
    return new SettingsForm(values);
  }

  /** The field's text, or null when it was left out or null. */
  String text(String field) {
    return values.get(field);
  }

  /** An unknown name, shortened: it is echoed back and may be anything. */
  private static String quoted(String name) {
    String shown = name.length() > 40 ? name.substring(0, 40) + "…" : name;
    return "'" + shown + "'";
  }
}
