package br.com.gravacoes.adapters.persistence;

import br.com.gravacoes.domain.meeting.MeetingId;
import br.com.gravacoes.domain.meeting.RoomId;
import br.com.gravacoes.domain.recording.Recording;
import br.com.gravacoes.domain.recording.RecordingId;
import br.com.gravacoes.domain.recording.RecordingStatus;
import br.com.gravacoes.domain.tenant.TenantId;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import java.io.StringReader;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/** Translates between the {@link Recording} aggregate and a {@code gravacoes} row. */
final class RecordingMapper {

  private static final JsonProvider JSON = JsonProvider.provider();

  private RecordingMapper() {}

  static RecordingJpaEntity toEntity(Recording recording) {
    return new RecordingJpaEntity(
        recording.id().value(),
        recording.meetingId().value(),
        recording.tenantId().value(),
        recording.roomId().value(),
        recording.hmsSessionId(),
        recording.hmsRecordingId(),
        recording.assetId(),
        recording.status().code(),
        toColumn(recording.startedAt()),
        toColumn(recording.stoppedAt()),
        recording.durationSeconds(),
        recording.fileUrl(),
        recording.fileSizeBytes(),
        recording.thumbnailUrl(),
        toJson(recording.metadata()),
        toColumn(recording.createdAt()),
        toColumn(recording.updatedAt()));
  }

  static Recording toDomain(RecordingJpaEntity row) {
    return new Recording(
        new RecordingId(row.id()),
        new MeetingId(row.meetingId()),
        new TenantId(row.tenantId()),
        new RoomId(row.roomId()),
        row.hmsSessionId(),
        row.hmsRecordingId(),
        row.assetId(),
        RecordingStatus.fromCode(row.status()),
        toInstant(row.startedAt()),
        toInstant(row.stoppedAt()),
        row.durationSeconds(),
        row.fileUrl(),
        row.fileSizeBytes(),
        row.thumbnailUrl(),
        fromJson(row.metadata()),
        toInstant(row.createdAt()),
        toInstant(row.updatedAt()));
  }

  private static OffsetDateTime toColumn(Instant instant) {
    return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
  }

  private static Instant toInstant(OffsetDateTime value) {
    return value == null ? null : value.toInstant();
  }

  /** Sorted keys, so the same metadata always becomes the same text. */
  private static String toJson(Map<String, String> metadata) {
    JsonObjectBuilder object = JSON.createObjectBuilder();
    new TreeMap<>(metadata).forEach(object::add);
    return object.build().toString();
  }

  private static Map<String, String> fromJson(String json) {
    JsonObject object;
    try (JsonReader reader = JSON.createReader(new StringReader(json))) {
      object = reader.readObject();
    }
    Map<String, String> metadata = new LinkedHashMap<>();
    // Other writers (the seed's backend, Supabase) may store numbers or objects here; keep their
    // JSON text rather than refuse to load the recording.
    object.forEach((key, value) -> metadata.put(key, asText(value)));
    return metadata;
  }

  private static String asText(JsonValue value) {
    return value instanceof JsonString text ? text.getString() : value.toString();
  }
}
