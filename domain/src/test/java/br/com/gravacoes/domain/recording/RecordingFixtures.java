package br.com.gravacoes.domain.recording;

import br.com.gravacoes.domain.meeting.Meeting;
import br.com.gravacoes.domain.meeting.MeetingId;
import br.com.gravacoes.domain.meeting.RoomId;
import br.com.gravacoes.domain.tenant.TenantId;
import java.time.Instant;

final class RecordingFixtures {

  static final Instant T0 = Instant.parse("2026-01-12T10:00:00Z");
  static final Meeting MEETING =
      new Meeting(
          MeetingId.newId(), new TenantId("tenant_xyz"), new RoomId("room_abc123"), "Daily");
  static final RecordingAsset ASSET = new RecordingAsset("asset_1", 61, 1_048_576L);

  private RecordingFixtures() {}

  static Recording inStatus(RecordingStatus status) {
    Recording recording =
        Recording.begin(RecordingId.newId(), MEETING, T0).confirmStart("sess_abc", "rec_xyz", T0);
    return switch (status) {
      case RECORDING -> recording;
      case PROCESSING -> recording.stop(T0.plusSeconds(60));
      case COMPLETED -> recording.complete(ASSET, "https://files/video.mp4", T0.plusSeconds(60));
      case FAILED -> recording.fail("INTERNAL_ERROR", T0.plusSeconds(60));
    };
  }
}
