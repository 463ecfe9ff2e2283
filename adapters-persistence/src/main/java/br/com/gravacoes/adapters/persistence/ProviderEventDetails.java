package br.com.gravacoes.adapters.persistence;

import br.com.gravacoes.application.port.in.ProviderEvent;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.spi.JsonProvider;
import java.io.StringReader;

/**
 * The facts of a 100ms event that have no column of their own, as the {@code eventos_100ms.dados}
 * JSON object: absent facts are left out, numbers stay numbers.
 */
record ProviderEventDetails(
    String reason,
    String errorType,
    String errorMessage,
    Integer durationSeconds,
    Long sizeBytes,
    String recordingPath,
    String presignedUrl) {

  private static final JsonProvider JSON = JsonProvider.provider();

  static ProviderEventDetails of(ProviderEvent event) {
    return new ProviderEventDetails(
        event.reason(),
        event.errorType(),
        event.errorMessage(),
        event.durationSeconds(),
        event.sizeBytes(),
        event.recordingPath(),
        event.presignedUrl());
  }

  static ProviderEventDetails fromJson(String json) {
    JsonObject object;
    try (JsonReader reader = JSON.createReader(new StringReader(json))) {
      object = reader.readObject();
    }
    JsonNumber duration = object.getJsonNumber("duration_seconds");
    JsonNumber size = object.getJsonNumber("size_bytes");
    return new ProviderEventDetails(
        text(object, "reason"),
        text(object, "error_type"),
        text(object, "error_message"),
        duration == null ? null : duration.intValueExact(),
        size == null ? null : size.longValueExact(),
        text(object, "recording_path"),
        text(object, "presigned_url"));
  }

  String toJson() {
    JsonObjectBuilder object = JSON.createObjectBuilder();
    addIfPresent(object, "reason", reason);
    addIfPresent(object, "error_type", errorType);
    addIfPresent(object, "error_message", errorMessage);
    if (durationSeconds != null) {
      object.add("duration_seconds", durationSeconds);
    }
    if (sizeBytes != null) {
      object.add("size_bytes", sizeBytes);
    }
    addIfPresent(object, "recording_path", recordingPath);
    addIfPresent(object, "presigned_url", presignedUrl);
    return object.build().toString();
  }

  private static void addIfPresent(JsonObjectBuilder object, String key, String value) {
    if (value != null) {
      object.add(key, value);
    }
  }

  private static String text(JsonObject object, String key) {
    JsonString value = object.getJsonString(key);
    return value == null ? null : value.getString();
  }
}
