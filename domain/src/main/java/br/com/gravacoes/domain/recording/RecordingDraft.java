package br.com.gravacoes.domain.recording;

import br.com.gravacoes.domain.meeting.MeetingId;
import br.com.gravacoes.domain.meeting.RoomId;
import br.com.gravacoes.domain.tenant.TenantId;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A mutable copy of a {@link Recording}, so that each transition names only the columns it changes;
 * {@link #build()} runs the record's checks again.
 */
final class RecordingDraft {

  private final RecordingId id;
  private final MeetingId meetingId;
  private final TenantId tenantId;
  private final RoomId roomId;
  String hmsSessionId;
  String hmsRecordingId;
  String assetId;
  RecordingStatus status;
  private final Instant startedAt;
  Instant stoppedAt;
  Integer durationSeconds;
  String fileUrl;
  Long fileSizeBytes;
  private final String thumbnailUrl;
  final Map<String, String> metadata;
  private final Instant createdAt;
  Instant updatedAt;

  RecordingDraft(Recording from) {
    id = from.id();
    meetingId = from.meetingId();
    tenantId = from.tenantId();
    roomId = from.roomId();
    hmsSessionId = from.hmsSessionId();
    hmsRecordingId = from.hmsRecordingId();
    assetId = from.assetId();
    status = from.status();
    startedAt = from.startedAt();
    stoppedAt = from.stoppedAt();
    durationSeconds = from.durationSeconds();
    fileUrl = from.fileUrl();
    fileSizeBytes = from.fileSizeBytes();
    thumbnailUrl = from.thumbnailUrl();
    metadata = new LinkedHashMap<>(from.metadata());
    createdAt = from.createdAt();
    updatedAt = from.updatedAt();
  }

  Recording build() {
    return new Recording(
        id,
        meetingId,
        tenantId,
        roomId,
        hmsSessionId,
        hmsRecordingId,
        assetId,
        status,
        startedAt,
        stoppedAt,
        durationSeconds,
        fileUrl,
        fileSizeBytes,
        thumbnailUrl,
        metadata,
        createdAt,
        updatedAt);
  }
}
