package br.com.gravacoes.adapters.rest;

import br.com.gravacoes.application.port.in.ProviderEvent;
import br.com.gravacoes.application.port.in.ProviderEventType;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Map;

/**
 * Reads a 100ms webhook envelope ({@code id, type, timestamp, data, is_replay}) into a {@link
 * ProviderEvent}, naming the recording events of API-started composite recordings and SFU
 * recordings alike.
 */
final class HmsWebhookJson {

  private static final Map<String, ProviderEventType> TYPES =
      Map.of(
          "beam.started.success", ProviderEventType.STARTED,
          "beam.stopped.success", ProviderEventType.STOPPED,
          "beam.recording.success", ProviderEventType.READY,
          "recording.success", ProviderEventType.READY,
          "beam.failure", ProviderEventType.FAILED,
          "recording.failed", ProviderEventType.FAILED);

  private HmsWebhookJson() {}

  static ProviderEvent read(String body) {
    JsonObject envelope = JsonBodies.object(body);
    String id = text(envelope, "id");
    String type = text(envelope, "type");
    if (id == null || id.isBlank() || type == null || type.isBlank()) {
      throw new InvalidRequestException("Evento sem id ou type");
    }
    JsonObject data =
        envelope.get("data") instanceof JsonObject object ? object : JsonValue.EMPTY_JSON_OBJECT;
    return new ProviderEvent(
        id,
        TYPES.getOrDefault(type, ProviderEventType.OTHER),
        type,
        firstText(data, "recording_id", "beam_id"),
        text(data, "room_id"),
        text(data, "session_id"),
        instant(text(envelope, "timestamp")),
        envelope.getBoolean("is_replay", false),
        text(data, "reason"),
        firstText(data, "error_type", "error_code"),
        firstText(data, "error_message", "error"),
        seconds(data.get("duration")),
        bytes(data.get("size")),
        firstText(data, "recording_path", "location"),
        text(data, "recording_presigned_url"));
  }

  private static String firstText(JsonObject object, String... names) {
    for (String name : names) {
      String value = text(object, name);
      if (value != null) {
        return value;
      }
    }
    return null;
  }

  private static String text(JsonObject object, String name) {
    JsonValue value = object.get(name);
    return value instanceof JsonString string ? string.getString() : null;
  }

  private static Integer seconds(JsonValue value) {
    return value instanceof JsonNumber number ? (int) Math.ceil(number.doubleValue()) : null;
  }

  private static Long bytes(JsonValue value) {
    return value instanceof JsonNumber number ? number.longValue() : null;
  }

  private static Instant instant(String text) {
    try {
      return text == null ? null : OffsetDateTime.parse(text).toInstant();
    } catch (DateTimeParseException malformed) {
      return null;
    }
  }
}
