package br.com.gravacoes.adapters.supabase;

import br.com.gravacoes.application.port.out.MirroredRecording;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.spi.JsonProvider;
import java.io.StringReader;
import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A recording as the seed's {@code syncRecordingToSupabase} sends it: every column under its own
 * name, dates as ISO-8601, null for an absent value and {@code {}} for absent metadata.
 */
final class MirrorRowJson {

  static final List<String> COLUMNS =
      List.of(
          "id",
          "reuniao_id",
          "tenant_id",
          "room_id_100ms",
          "session_id_100ms",
          "recording_id_100ms",
          "asset_id",
          "status",
          "started_at",
          "stopped_at",
          "duration",
          "file_url",
          "file_size",
          "thumbnail_url",
          "metadata",
          "created_at",
          "updated_at");

  /** The {@code columns} parameter supabase-js adds to a bulk upsert: each name quoted. */
  static final String COLUMNS_PARAMETER =
      COLUMNS.stream().map(column -> '"' + column + '"').collect(Collectors.joining(","));

  // Json.createXxx() looks the provider up on the class path at every call (about 60 µs): one
  // lookup, kept, instead of two per row of a 500-row batch.
  static final JsonProvider JSON = JsonProvider.provider();

  private MirrorRowJson() {}

  static JsonObject of(MirroredRecording row) {
    JsonObjectBuilder json = JSON.createObjectBuilder();
    json.add("id", row.id().toString());
    text(json, "reuniao_id", row.meetingId() == null ? null : row.meetingId().toString());
    text(json, "tenant_id", row.tenantId());
    text(json, "room_id_100ms", row.roomId());
    text(json, "session_id_100ms", row.hmsSessionId());
    text(json, "recording_id_100ms", row.hmsRecordingId());
    text(json, "asset_id", row.assetId());
    text(json, "status", row.status());
    instant(json, "started_at", row.startedAt());
    instant(json, "stopped_at", row.stoppedAt());
    if (row.durationSeconds() == null) {
      json.addNull("duration");
    } else {
      json.add("duration", row.durationSeconds());
    }
    text(json, "file_url", row.fileUrl());
    if (row.fileSizeBytes() == null) {
      json.addNull("file_size");
    } else {
      json.add("file_size", row.fileSizeBytes());
    }
    text(json, "thumbnail_url", row.thumbnailUrl());
    json.add("metadata", metadata(row.metadataJson()));
    instant(json, "created_at", row.createdAt());
    instant(json, "updated_at", row.updatedAt());
    return json.build();
  }

  private static JsonObject metadata(String stored) {
    if (stored == null || stored.isBlank()) {
      return JsonObject.EMPTY_JSON_OBJECT;
    }
    try (JsonReader reader = JSON.createReader(new StringReader(stored))) {
      return reader.readObject();
    } catch (JsonException | IllegalStateException notAnObject) {
      return JsonObject.EMPTY_JSON_OBJECT;
    }
  }

  private static void text(JsonObjectBuilder json, String name, String value) {
    if (value == null) {
      json.addNull(name);
    } else {
      json.add(name, value);
    }
  }

  private static void instant(JsonObjectBuilder json, String name, Instant value) {
    text(json, name, value == null ? null : value.toString());
  }
}
