package br.com.gravacoes.adapters.rest;

import static br.com.gravacoes.adapters.rest.RestJson.JSON;

import br.com.gravacoes.application.port.out.SessionRecording;
import br.com.gravacoes.domain.recording.Recording;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.time.Instant;
import java.util.List;

/**
 * Writes recordings as the seed's frontend reads them: the {@code gravacoes} row in camelCase with
 * every field present (null when empty) and ISO-8601 instants, and 100ms's view of a recording in
 * 100ms's own snake_case shape for {@code hmsResult}.
 */
final class RecordingJson {

  private RecordingJson() {}

  static JsonObject of(Recording recording) {
    JsonObjectBuilder metadata = JSON.createObjectBuilder();
    recording.metadata().forEach(metadata::add);
    JsonObjectBuilder json = JSON.createObjectBuilder();
    text(json, "id", recording.id().toString());
    text(json, "reuniaoId", recording.meetingId().toString());
    text(json, "tenantId", recording.tenantId().value());
    text(json, "roomId100ms", recording.roomId().value());
    text(json, "sessionId100ms", recording.hmsSessionId());
    text(json, "recordingId100ms", recording.hmsRecordingId());
    text(json, "assetId", recording.assetId());
    text(json, "status", recording.status().code());
    instant(json, "startedAt", recording.startedAt());
    instant(json, "stoppedAt", recording.stoppedAt());
    number(json, "duration", recording.durationSeconds());
    text(json, "fileUrl", recording.fileUrl());
    number(json, "fileSize", recording.fileSizeBytes());
    text(json, "thumbnailUrl", recording.thumbnailUrl());
    json.add("metadata", metadata);
    instant(json, "createdAt", recording.createdAt());
    instant(json, "updatedAt", recording.updatedAt());
    return json.build();
  }

  static JsonObject ofSession(SessionRecording recording) {
    JsonObjectBuilder json = JSON.createObjectBuilder();
    text(json, "id", recording.id());
    text(json, "room_id", recording.roomId());
    text(json, "session_id", recording.sessionId());
    text(json, "status", recording.status().name().toLowerCase(java.util.Locale.ROOT));
    instant(json, "created_at", recording.createdAt());
    instant(json, "started_at", recording.startedAt());
    instant(json, "stopped_at", recording.stoppedAt());
    instant(json, "updated_at", recording.updatedAt());
    return json.build();
  }

  /** The room-stop answer in 100ms's list shape: {@code {"data": [...]}}. */
  static JsonObject ofStopped(List<SessionRecording> stopped) {
    JsonArrayBuilder data = JSON.createArrayBuilder();
    stopped.forEach(recording -> data.add(ofSession(recording)));
    return JSON.createObjectBuilder().add("data", data).build();
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

  private static void number(JsonObjectBuilder json, String name, Number value) {
    if (value == null) {
      json.addNull(name);
    } else {
      json.add(name, value.longValue());
    }
  }
}
