package br.com.gravacoes.adapters.persistence;

import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import java.io.StringReader;
import java.util.LinkedHashMap;
import java.util.Map;

/** An audit entry's details as the {@code auditoria.detalhes} JSON object of texts. */
final class AuditDetailsJson {

  private static final JsonProvider JSON = JsonProvider.provider();

  private AuditDetailsJson() {}

  static String write(Map<String, String> details) {
    JsonObjectBuilder object = JSON.createObjectBuilder();
    details.forEach(object::add);
    return object.build().toString();
  }

  /**
   * Reads the object back. Values are always texts when the application wrote them; any other value
   * (a row edited by hand) keeps its JSON form, and a JSON null is left out.
   */
  static Map<String, String> read(String json) {
    JsonObject object;
    try (JsonReader reader = JSON.createReader(new StringReader(json))) {
      object = reader.readObject();
    }
    Map<String, String> details = new LinkedHashMap<>();
    object.forEach(
        (key, value) -> {
          if (value instanceof JsonString text) {
            details.put(key, text.getString());
          } else if (value.getValueType() != JsonValue.ValueType.NULL) {
            details.put(key, value.toString());
          }
        });
    return details;
  }
}
