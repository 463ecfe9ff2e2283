package br.com.gravacoes.adapters.rest;

import static org.assertj.core.api.Assertions.assertThat;

import br.com.gravacoes.domain.meeting.Meeting;
import br.com.gravacoes.domain.meeting.MeetingId;
import br.com.gravacoes.domain.meeting.RoomId;
import br.com.gravacoes.domain.recording.Recording;
import br.com.gravacoes.domain.recording.RecordingAsset;
import br.com.gravacoes.domain.recording.RecordingId;
import br.com.gravacoes.domain.tenant.TenantId;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class RecordingJsonTest {

  private static final Instant T0 = Instant.parse("2026-01-12T10:00:00Z");
  private final Meeting meeting =
      new Meeting(
          MeetingId.newId(), new TenantId("tenant_xyz"), new RoomId("room_abc123"), "Daily");

  @Test
  void anActiveRecordingHasEverySeedFieldWithNullsWhereEmpty() {
    Recording recording =
        Recording.begin(RecordingId.newId(), meeting, T0).confirmStart("sess", "rec", T0);

    JsonObject json = RecordingJson.of(recording);

    assertThat(json.keySet())
        .containsExactlyInAnyOrder(
            "id",
            "reuniaoId",
            "tenantId",
            "roomId100ms",
            "sessionId100ms",
            "recordingId100ms",
            "assetId",
            "status",
            "startedAt",
            "stoppedAt",
            "duration",
            "fileUrl",
            "fileSize",
            "thumbnailUrl",
            "metadata",
            "createdAt",
            "updatedAt");
    assertThat(json.getString("status")).isEqualTo("recording");
    assertThat(json.getString("reuniaoId")).isEqualTo(meeting.id().toString());
    assertThat(json.getString("recordingId100ms")).isEqualTo("rec");
    assertThat(json.getString("startedAt")).isEqualTo("2026-01-12T10:00:00Z");
    assertThat(json.get("stoppedAt")).isEqualTo(JsonValue.NULL);
    assertThat(json.get("duration")).isEqualTo(JsonValue.NULL);
    assertThat(json.getJsonObject("metadata")).isEmpty();
  }

  @Test
  void aCompletedRecordingCarriesItsVideo() {
    Recording completed =
        Recording.begin(RecordingId.newId(), meeting, T0)
            .confirmStart("sess", "rec", T0)
            .complete(
                new RecordingAsset("asset", 61, 123_456_789_012L), "https://v", T0.plusSeconds(61));

    JsonObject json = RecordingJson.of(completed);

    assertThat(json.getString("status")).isEqualTo("completed");
    assertThat(json.getInt("duration")).isEqualTo(61);
    assertThat(json.getJsonNumber("fileSize").longValue()).isEqualTo(123_456_789_012L);
    assertThat(json.getString("fileUrl")).isEqualTo("https://v");
    assertThat(json.getString("assetId")).isEqualTo("asset");
  }
}
