package br.com.gravacoes.benchmarks;

import br.com.gravacoes.application.port.out.MeetingRepository;
import br.com.gravacoes.application.port.out.RecordingRepository;
import br.com.gravacoes.domain.meeting.Meeting;
import br.com.gravacoes.domain.meeting.MeetingId;
import br.com.gravacoes.domain.meeting.RoomId;
import br.com.gravacoes.domain.recording.Recording;
import br.com.gravacoes.domain.recording.RecordingAsset;
import br.com.gravacoes.domain.recording.RecordingId;
import br.com.gravacoes.domain.recording.RecordingStatus;
import br.com.gravacoes.domain.tenant.TenantId;
import java.time.Instant;

/**
 * The changes a benchmark recording goes through, each written as the service writes it: one {@link
 * RecordingRepository#update} (the row and its outbox event in one statement). 100ms confirms the
 * start, stops it and says why, the video is completed, then its playback URL is refreshed again
 * and again. The claim before them writes no event, as in the service.
 */
final class RecordingChanges {

  private RecordingChanges() {}

  /** A new meeting of the tenant in a room of its own, and its recording's claim (no event). */
  static Recording claim(
      MeetingRepository meetings, RecordingRepository recordings, TenantId tenant, int number) {
    Meeting meeting =
        new Meeting(
            MeetingId.newId(), tenant, new RoomId(tenant.value() + "-sala-" + number), "Aula");
    meetings.save(meeting);
    Recording claimed = Recording.begin(RecordingId.newId(), meeting, Instant.now());
    if (!recordings.insertIfRoomIdle(claimed)) {
      throw new IllegalStateException("room already recording: " + meeting.roomId());
    }
    return claimed;
  }

  /** Writes the recording's next change; answers the state now stored. */
  static Recording next(RecordingRepository recordings, Recording current) {
    Instant now = Instant.now();
    Recording next = following(current, now);
    if (!recordings.update(next, current.status())) {
      throw new IllegalStateException("update refused for recording " + current.id());
    }
    return next;
  }

  private static Recording following(Recording current, Instant now) {
    String id = current.id().toString();
    if (current.status() == RecordingStatus.RECORDING && !current.isStartConfirmed()) {
      return current.confirmStart("sessao-" + id, "hms-" + id, now);
    }
    if (current.status() == RecordingStatus.RECORDING) {
      return current.stopReported("client request", "bench-user", now);
    }
    if (current.status() == RecordingStatus.PROCESSING) {
      RecordingAsset asset =
          new RecordingAsset("asset-" + id, "gravacoes/" + id + ".mp4", 61, 9_876_543L);
      return current.complete(asset, "https://videos.example/" + id + ".mp4?v=0", now);
    }
    return current.refreshPlayback(
        null, "https://videos.example/" + id + ".mp4?v=" + now.toEpochMilli(), now);
  }
}
