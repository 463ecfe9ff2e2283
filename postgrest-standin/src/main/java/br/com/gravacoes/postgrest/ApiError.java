package br.com.gravacoes.postgrest;

import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.util.LinkedHashMap;
import java.util.Map;

/** An error answer, with the JSON body of whichever layer (gateway or PostgREST) gives it. */
final class ApiError extends Exception {

  private final int status;
  private final transient JsonObject body;
  private final Map<String, String> headers = new LinkedHashMap<>();

  private ApiError(int status, JsonObject body) {
    super(body.toString(), null, false, false);
    this.status = status;
    this.body = body;
  }

  /** PostgREST's shape: {@code code}, {@code details}, {@code hint}, {@code message}. */
  static ApiError postgrest(int status, String code, String message, String details, String hint) {
    JsonObjectBuilder json = Exchanges.JSON.createObjectBuilder().add("code", code);
    addNullable(json, "details", details);
    addNullable(json, "hint", hint);
    json.add("message", message);
    return new ApiError(status, json.build());
  }

  /** The gateway's shape: {@code message} and, for Supabase's key checks, a {@code hint}. */
  static ApiError gateway(int status, String message, String hint) {
    JsonObjectBuilder json = Exchanges.JSON.createObjectBuilder().add("message", message);
    if (hint != null) {
      json.add("hint", hint);
    }
    return new ApiError(status, json.build());
  }

  ApiError withHeader(String name, String value) {
    headers.put(name, value);
    return this;
  }

  int status() {
    return status;
  }

  JsonObject body() {
    return body;
  }

  Map<String, String> headers() {
    return headers;
  }

  private static void addNullable(JsonObjectBuilder json, String name, String value) {
    if (value == null) {
      json.addNull(name);
    } else {
      json.add(name, value);
    }
  }
}
