package br.com.gravacoes.adapters.persistence;

import br.com.gravacoes.application.port.out.MeetingRepository;
import br.com.gravacoes.domain.meeting.Meeting;
import br.com.gravacoes.domain.meeting.MeetingId;
import br.com.gravacoes.domain.meeting.RoomId;
import br.com.gravacoes.domain.recording.Recording;
import br.com.gravacoes.domain.recording.RecordingId;
import br.com.gravacoes.domain.recording.RecordingStatus;
import br.com.gravacoes.domain.tenant.TenantId;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/** Meetings and recordings the repository tests start from. */
final class RecordingFixtures {

  /** Microsecond precision, as PostgreSQL keeps it: the domain's instants may carry nanoseconds. */
  static final Instant NOW = Instant.parse("2025-03-01T12:34:56.123456Z");

  private RecordingFixtures() {}

  /** A stored meeting in a room of its own, so tests never see each other's recordings. */
  static Meeting storedMeeting(MeetingRepository meetings) {
    return storedMeeting(meetings, new TenantId("tenant-a"));
  }

  /** As {@link #storedMeeting(MeetingRepository)}, of the given tenant. */
  static Meeting storedMeeting(MeetingRepository meetings, TenantId tenant) {
    String suffix = UUID.randomUUID().toString().substring(0, 8);
    Meeting meeting = new Meeting(MeetingId.newId(), tenant, new RoomId("room-" + suffix), "Aula");
    meetings.save(meeting);
    return meeting;
  }

  /** The recording once 100ms has confirmed its start. */
  static Recording confirmed(Recording recording) {
    return recording.confirmStart("session-" + recording.id(), "hms-" + recording.id(), NOW);
  }

  /**
   * A confirmed recording of the meeting in any status, created (and last updated) at {@code
   * createdAt}; a completed one has an asset.
   */
  static Recording recording(
      Meeting meeting, RecordingStatus status, Instant createdAt, Instant startedAt) {
    RecordingId id = RecordingId.newId();
    return new Recording(
        id,
        meeting.id(),
        meeting.tenantId(),
        meeting.roomId(),
        "session-" + id,
        "hms-" + id,
        status == RecordingStatus.COMPLETED ? "asset-" + id : null,
        status,
        startedAt,
        null,
        null,
        null,
        null,
        null,
        Map.of(),
        createdAt,
        createdAt);
  }
}
