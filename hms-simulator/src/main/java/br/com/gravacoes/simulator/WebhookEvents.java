package br.com.gravacoes.simulator;

import static br.com.gravacoes.simulator.Exchanges.JSON;

import jakarta.json.JsonObjectBuilder;
import java.time.Instant;
import java.util.UUID;

/**
 * Builds the beam webhook events of composite recordings, envelope and data as 100ms sends them.
 */
final class WebhookEvents {

  static final String STARTED = "beam.started.success";
  static final String STOPPED = "beam.stopped.success";
  static final String RECORDING_SUCCESS = "beam.recording.success";
  static final String FAILURE = "beam.failure";

  /** What the 100ms SDK asks for, and what the presigned-url endpoint defaults to. */
  private static final long PRESIGN_SECONDS = 3600;

  private final UrlSigner signer;
  private final long videoSize;

  WebhookEvents(UrlSigner signer, long videoSize) {
    this.signer = signer;
    this.videoSize = videoSize;
  }

  WebhookEvent started(RecordingEntry entry, Instant now) {
    JsonObjectBuilder data =
        recording(entry)
            .add("started_at", RecordingJson.timestamp(entry.createdAt()))
            .add("meeting_url", entry.meetingUrl());
    return envelope(entry, STARTED, data, now);
  }

  WebhookEvent stopped(RecordingEntry entry, StopReason reason, Instant now) {
    return envelope(entry, STOPPED, stoppedRecording(entry).add("reason", reason.text()), now);
  }

  /** {@code beam.recording.success} with the uploaded file, or {@code beam.failure}. */
  WebhookEvent assetOutcome(RecordingEntry entry, Instant now) {
    if (entry.assetId() == null) {
      JsonObjectBuilder data =
          recording(entry).add("error_type", "UPLOAD_ERROR").add("error_message", "upload failed");
      return envelope(entry, FAILURE, data, now);
    }
    JsonObjectBuilder data =
        stoppedRecording(entry)
            .add("size", videoSize)
            .add("recording_path", RecordingJson.path(entry))
            .add(
                "recording_presigned_url",
                signer.presignedUrl(entry.assetId(), now.plusSeconds(PRESIGN_SECONDS)));
    return envelope(entry, RECORDING_SUCCESS, data, now);
  }

  private static JsonObjectBuilder recording(RecordingEntry entry) {
    return JSON.createObjectBuilder()
        .add("recording_id", entry.id())
        .add("room_id", entry.roomId())
        .add("session_id", entry.sessionId());
  }

  private static JsonObjectBuilder stoppedRecording(RecordingEntry entry) {
    return recording(entry)
        .add("started_at", RecordingJson.timestamp(entry.createdAt()))
        .add("stopped_at", RecordingJson.timestamp(entry.stoppedAt()))
        .add("duration", entry.durationSeconds());
  }

  private static WebhookEvent envelope(
      RecordingEntry entry, String type, JsonObjectBuilder data, Instant now) {
    String id = UUID.randomUUID().toString();
    JsonObjectBuilder body =
        JSON.createObjectBuilder()
            .add("version", "2.0")
            .add("id", id)
            .add("app_id", Ids.derived("app", entry.accessKey()))
            .add("account_id", Ids.derived("account", entry.accessKey()))
            .add("template_id", Ids.derived("template", entry.accessKey(), entry.roomId()))
            .add("timestamp", RecordingJson.timestamp(now))
            .add("type", type)
            .add("data", data);
    return new WebhookEvent(id, entry.accessKey(), type, entry.id(), entry.roomId(), body.build());
  }
}
