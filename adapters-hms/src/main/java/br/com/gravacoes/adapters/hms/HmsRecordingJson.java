package br.com.gravacoes.adapters.hms;

import jakarta.json.JsonValue;
import jakarta.json.bind.annotation.JsonbProperty;
import java.util.List;

/** A recording object as 100ms's API v2 writes it (only the fields we read). */
public class HmsRecordingJson {
  public String id;

  @JsonbProperty("room_id")
  public String roomId;

  @JsonbProperty("session_id")
  public String sessionId;

  public String status;

  @JsonbProperty("created_at")
  public String createdAt;

  @JsonbProperty("started_at")
  public String startedAt;

  @JsonbProperty("stopped_at")
  public String stoppedAt;

  @JsonbProperty("updated_at")
  public String updatedAt;

  @JsonbProperty("stopped_by")
  public JsonValue stoppedBy;

  @JsonbProperty("recording_assets")
  public List<HmsAssetJson> recordingAssets;
}
