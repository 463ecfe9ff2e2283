package br.com.gravacoes.simulator;

import static br.com.gravacoes.simulator.Exchanges.JSON;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

/** The JSON bodies of recordings, pages and assets, field for field as 100ms writes them. */
final class RecordingJson {

  private static final String COMPOSITE = "room-composite";
  private static final DateTimeFormatter TIMESTAMP =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

  private final Duration assetDelay;
  private final long videoSize;

  RecordingJson(Duration assetDelay, long videoSize) {
    this.assetDelay = assetDelay;
    this.videoSize = videoSize;
  }

  /** The answer to a start: 100ms says "starting" there even though the beam is already up. */
  JsonObject started(RecordingEntry entry) {
    return base(entry, "starting", entry.createdAt()).addNull("recording_assets").build();
  }

  JsonObject stopping(RecordingEntry entry) {
    return base(entry, "stopping", entry.stoppedAt()).addNull("recording_assets").build();
  }

  /** As {@code GET /v2/recordings/{id}} shows it, assets included. */
  JsonObject current(RecordingEntry entry, Instant now) {
    String status = entry.status(now, assetDelay);
    JsonObjectBuilder body = base(entry, status, entry.updatedAt(now, assetDelay));
    switch (status) {
      case RecordingEntry.COMPLETED ->
          body.add("recording_assets", JSON.createArrayBuilder().add(asset(entry)));
      case RecordingEntry.FAILED -> body.add("recording_assets", JSON.createArrayBuilder());
      default -> body.addNull("recording_assets");
    }
    return body.build();
  }

  /** As the list shows it: never with assets. */
  JsonObject listed(RecordingEntry entry, Instant now) {
    String status = entry.status(now, assetDelay);
    return base(entry, status, entry.updatedAt(now, assetDelay))
        .addNull("recording_assets")
        .build();
  }

  JsonObject page(List<JsonObject> data, int limit, String last) {
    JsonArrayBuilder array = JSON.createArrayBuilder();
    data.forEach(array::add);
    JsonObjectBuilder body = JSON.createObjectBuilder().add("limit", limit).add("data", array);
    return (last == null ? body.addNull("last") : body.add("last", last)).build();
  }

  JsonObject asset(RecordingEntry entry) {
    return JSON.createObjectBuilder()
        .add("id", entry.assetId())
        .add("job_id", entry.id())
        .add("room_id", entry.roomId())
        .add("session_id", entry.sessionId())
        .add("type", COMPOSITE)
        .add("status", "completed")
        .add("path", path(entry))
        .add("size", videoSize)
        .add("duration", entry.durationSeconds())
        .add("metadata", JSON.createObjectBuilder())
        .add("created_at", timestamp(entry.readyAt(assetDelay)))
        .build();
  }

  static String path(RecordingEntry entry) {
    return "s3://simulator/recordings/" + entry.roomId() + "/" + entry.assetId() + ".mp4";
  }

  static String timestamp(Instant instant) {
    return TIMESTAMP.format(instant);
  }

  private static JsonObjectBuilder base(RecordingEntry entry, String status, Instant updatedAt) {
    JsonObjectBuilder body =
        JSON.createObjectBuilder()
            .add("id", entry.id())
            .add("room_id", entry.roomId())
            .add("session_id", entry.sessionId())
            .add("status", status)
            .add("meeting_url", entry.meetingUrl())
            .add("destination", "")
            .add("asset_types", JSON.createArrayBuilder().add(COMPOSITE))
            .add("created_at", timestamp(entry.createdAt()))
            .add("started_at", timestamp(entry.createdAt()));
    if (entry.stoppedAt() == null) {
      body.addNull("stopped_at");
    } else {
      body.add("stopped_at", timestamp(entry.stoppedAt()));
    }
    return body.add("updated_at", timestamp(updatedAt)).addNull("started_by").addNull("stopped_by");
  }
}
