package br.com.gravacoes.adapters.rest;

import static br.com.gravacoes.adapters.rest.RestJson.JSON;

import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonStructure;
import jakarta.json.JsonValue;
import java.io.StringReader;

/** Reads a request body that must be a JSON object, with Portuguese errors for everything else. */
final class JsonBodies {

  private JsonBodies() {}

  static JsonObject object(String body) {
    if (body == null || body.isBlank()) {
      throw new InvalidRequestException("O corpo da requisição deve ser um objeto JSON");
    }
    JsonStructure structure;
    try (JsonReader reader = JSON.createReader(new StringReader(body))) {
      structure = reader.read();
    } catch (RuntimeException malformed) {
      // Not only JsonException: Parsson refuses deep nesting with a bare RuntimeException and an
      // absurd exponent (1e99999999999) with a NumberFormatException. All are the caller's text.
      throw new InvalidRequestException("JSON inválido no corpo da requisição");
    }
    if (structure.getValueType() != JsonValue.ValueType.OBJECT) {
      throw new InvalidRequestException("O corpo da requisição deve ser um objeto JSON");
    }
    return structure.asJsonObject();
  }
}
