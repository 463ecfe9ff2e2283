package br.com.gravacoes.adapters.hms;

import br.com.gravacoes.application.port.out.SessionAsset;
import br.com.gravacoes.application.port.out.SessionRecording;
import br.com.gravacoes.application.port.out.SessionRecordingStatus;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;

/** Turns 100ms's JSON into the application's view of a recording. */
final class HmsJsonTranslator {

  private HmsJsonTranslator() {}

  static SessionRecording recording(HmsRecordingJson json) {
    List<SessionAsset> assets =
        json.recordingAssets == null
            ? List.of()
            : json.recordingAssets.stream().map(HmsJsonTranslator::asset).toList();
    return new SessionRecording(
        json.id,
        json.roomId,
        json.sessionId,
        status(json.status),
        instant(json.createdAt),
        instant(json.startedAt),
        instant(json.stoppedAt),
        instant(json.updatedAt),
        assets,
        text(json.stoppedBy));
  }

  /** 100ms names who stopped a recording with a string or an object: keep it as text. */
  private static String text(JsonValue value) {
    if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
      return null;
    }
    return value instanceof JsonString string ? string.getString() : value.toString();
  }

  static List<SessionRecording> recordings(HmsRecordingPageJson page) {
    return page == null || page.data == null
        ? List.of()
        : page.data.stream().map(HmsJsonTranslator::recording).toList();
  }

  private static SessionAsset asset(HmsAssetJson json) {
    Integer seconds = json.duration == null ? null : (int) Math.ceil(json.duration);
    return new SessionAsset(json.id, json.type, json.status, json.path, json.size, seconds);
  }

  static SessionRecordingStatus status(String status) {
    if (status == null) {
      return SessionRecordingStatus.UNKNOWN;
    }
    try {
      return SessionRecordingStatus.valueOf(status.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException newerStatus) {
      return SessionRecordingStatus.UNKNOWN;
    }
  }

  /** 100ms writes ISO-8601 instants, sometimes with an offset instead of Z; null when absent. */
  static Instant instant(String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      return OffsetDateTime.parse(text).toInstant();
    } catch (DateTimeParseException notAnInstant) {
      return null;
    }
  }
}
