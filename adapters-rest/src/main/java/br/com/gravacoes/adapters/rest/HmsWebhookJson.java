package br.com.gravacoes.adapters.rest;

import br.com.gravacoes.application.port.in.ProviderEvent;
import br.com.gravacoes.application.port.in.ProviderEventType;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.math.BigInteger;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.regex.Pattern;

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

  private static final Pattern EVENT_ID = Pattern.compile("[A-Za-z0-9_.:-]{1,200}");
  private static final int MAX_TYPE_LENGTH = 200;
  private static final double MAX_SECONDS = 366 * 24 * 3600;

  private HmsWebhookJson() {}

  static ProviderEvent read(String body) {
    JsonObject envelope = JsonBodies.object(body);
    String id = text(envelope, "id");
    String type = text(envelope, "type");
    if (id == null || type == null) {
      throw new InvalidRequestException("Evento sem id ou type");
    }
    if (!EVENT_ID.matcher(id).matches() || type.length() > MAX_TYPE_LENGTH) {
      throw new InvalidRequestException("Evento com id ou type inválido");
    }
    JsonObject data =
        envelope.get("data") instanceof JsonObject object ? object : JsonValue.EMPTY_JSON_OBJECT;
    return new ProviderEvent(
        id,
        TYPES.getOrDefault(type, ProviderEventType.OTHER),
        type,
        firstText(data, "recording_id", "beam_id"),
        dataText(data, "room_id"),
        dataText(data, "session_id"),
        instant(text(envelope, "timestamp")),
        envelope.getBoolean("is_replay", false),
        dataText(data, "reason"),
        firstText(data, "error_type", "error_code"),
        firstText(data, "error_message", "error"),
        seconds(data.get("duration")),
        bytes(data.get("size")),
        firstText(data, "recording_path", "location"),
        dataText(data, "recording_presigned_url"));
  }

  private static String firstText(JsonObject object, String... names) {
    for (String name : names) {
      String value = dataText(object, name);
      if (value != null) {
        return value;
      }
    }
    return null;
  }

  /** A text field, or null when absent, blank or not text. */
  private static String text(JsonObject object, String name) {
    JsonValue value = object.get(name);
    return value instanceof JsonString string && !string.getString().isBlank()
        ? string.getString()
        : null;
  }

  /**
   * A text of the event's data, which is stored or looked up: one that could not be stored as sent
   * refuses the whole event, since half-storing it or storing it mangled would be worse.
   */
  private static String dataText(JsonObject data, String name) {
    String text = text(data, name);
    if (text != null && !StorableText.isStorable(text)) {
      throw new InvalidRequestException(
          "Evento com texto inválido em " + name + ": caractere nulo ou Unicode malformado");
    }
    return text;
  }

  /** A length in seconds, or null when absent, not a number, negative or absurd (over a year). */
  private static Integer seconds(JsonValue value) {
    if (!(value instanceof JsonNumber number)) {
      return null;
    }
    double seconds = number.doubleValue();
    return seconds >= 0 && seconds <= MAX_SECONDS ? (int) Math.ceil(seconds) : null;
  }

  /** A size in bytes, or null when absent, not a whole number, negative or beyond a long. */
  private static Long bytes(JsonValue value) {
    if (!(value instanceof JsonNumber number) || !number.isIntegral()) {
      return null;
    }
    BigInteger bytes = number.bigIntegerValue();
    return bytes.signum() >= 0 && bytes.bitLength() < Long.SIZE ? bytes.longValue() : null;
  }

  private static Instant instant(String text) {
    try {
      return text == null ? null : OffsetDateTime.parse(text).toInstant();
    } catch (DateTimeParseException malformed) {
      return null;
    }
  }
}
