package br.com.gravacoes.adapters.persistence;

import static br.com.gravacoes.adapters.persistence.Timestamps.toColumn;
import static br.com.gravacoes.adapters.persistence.Timestamps.toInstant;

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
import jakarta.json.spi.JsonProvider;
import java.io.StringReader;
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
    // Other writers (the seed's backend, Supabase) may store numbers or objects here. The domain
    // holds text only, so those keys are left out of it; updates merge into the stored object
    // (jsonb ||), so they stay in the database exactly as their writer put them.
    object.forEach(
        (key, value) -> {
          if (value instanceof JsonString text) {
            metadata.put(key, text.getString());
          }
        });
    return metadata;
  }
}
