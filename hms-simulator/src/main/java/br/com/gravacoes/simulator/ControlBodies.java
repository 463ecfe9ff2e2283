package br.com.gravacoes.simulator;

import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.LinkedHashMap;
import java.util.Map;

/** Reads the fields of control API bodies, answering 400 for anything of the wrong type. */
final class ControlBodies {

  private ControlBodies() {}

  static boolean flag(JsonObject body, String name) throws ApiException {
    JsonValue value = body.get(name);
    if (value != null && value.getValueType() == JsonValue.ValueType.TRUE) {
      return true;
    }
    if (value != null && value.getValueType() == JsonValue.ValueType.FALSE) {
      return false;
    }
    throw ApiException.badRequest(name + " must be true or false");
  }

  static String text(JsonObject body, String name) throws ApiException {
    if (body.get(name) instanceof JsonString value) {
      return value.getString();
    }
    throw ApiException.badRequest(name + " must be a string");
  }

  static long number(JsonObject body, String name) throws ApiException {
    JsonValue value = body.get(name);
    if (value instanceof JsonNumber number && number.isIntegral()) {
      return number.longValue();
    }
    throw ApiException.badRequest(name + " must be an integer");
  }

  /** An object of strings; absent reads as empty. */
  static Map<String, String> texts(JsonObject body, String name) throws ApiException {
    JsonValue value = body.get(name);
    if (value == null || value == JsonValue.NULL) {
      return Map.of();
    }
    if (!(value instanceof JsonObject object)) {
      throw ApiException.badRequest(name + " must be an object of strings");
    }
    Map<String, String> texts = new LinkedHashMap<>();
    for (String key : object.keySet()) {
      texts.put(key, text(object, key));
    }
    return texts;
  }
}
