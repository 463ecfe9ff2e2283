package br.com.gravacoes.domain.recording;

import br.com.gravacoes.domain.meeting.Meeting;
import br.com.gravacoes.domain.meeting.MeetingId;
import br.com.gravacoes.domain.meeting.RoomId;
import br.com.gravacoes.domain.tenant.TenantId;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * A server-side recording of one meeting: every column of the seed's {@code gravacoes} table, and
 * the only way to change its status. Immutable: each transition returns the next state and refuses,
 * with {@link IllegalRecordingTransitionException}, what the lifecycle forbids.
 *
 * <p>A recording is created in {@code recording} before 100ms is asked to start, so the database
 * can refuse a second active recording of the room before any side effect; until 100ms answers it
 * has no 100ms ids ({@link #isStartConfirmed()} is false).
 */
public record Recording(
    RecordingId id,
    MeetingId meetingId,
    TenantId tenantId,
    RoomId roomId,
    String hmsSessionId,
    String hmsRecordingId,
    String assetId,
    RecordingStatus status,
    Instant startedAt,
    Instant stoppedAt,
    Integer durationSeconds,
    String fileUrl,
    Long fileSizeBytes,
    String thumbnailUrl,
    Map<String, String> metadata,
    Instant createdAt,
    Instant updatedAt) {

  /** Metadata key under which the reason of a failure is kept. */
  public static final String FAILURE_REASON = "failure_reason";

  /** Metadata key of the error type 100ms reported with a failure. */
  public static final String ERROR_TYPE = "error_type";

  /** Metadata key of the reason 100ms gave for stopping (client request, last peer left...). */
  public static final String STOP_REASON = "stop_reason";

  /**
   * Metadata key of who stopped the recording: the administrator's user id when stopped here, or
   * who 100ms says stopped it.
   */
  public static final String STOPPED_BY = "stopped_by";

  /** Metadata key: who started the recording (the administrator's user id). */
  public static final String STARTED_BY = "started_by";

  /** Metadata key of the video's path in 100ms's storage. */
  public static final String RECORDING_PATH = "recording_path";

  public Recording {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(meetingId, "meeting id");
    Objects.requireNonNull(tenantId, "tenant id");
    Objects.requireNonNull(roomId, "room id");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(createdAt, "created at");
    Objects.requireNonNull(updatedAt, "updated at");
    metadata = metadata == null ? Map.of() : Map.copyOf(metadata);
    if (status == RecordingStatus.COMPLETED && assetId == null && fileUrl == null) {
      throw new IllegalArgumentException("a completed recording needs its asset id or file URL");
    }
    if (durationSeconds != null && durationSeconds < 0) {
      throw new IllegalArgumentException("duration must not be negative");
    }
    if (fileSizeBytes != null && fileSizeBytes < 0) {
      throw new IllegalArgumentException("file size must not be negative");
    }
  }

  /**
   * A new recording of the meeting started by {@code startedBy} (kept in the metadata), active from
   * {@code now}, not yet confirmed by 100ms.
   */
  public static Recording begin(RecordingId id, Meeting meeting, String startedBy, Instant now) {
    return begin(id, meeting, now)
        .edit(draft -> draft.metadata.putAll(facts(STARTED_BY, startedBy)));
  }

  /** A new recording of the meeting, active from {@code now}, not yet confirmed by 100ms. */
  public static Recording begin(RecordingId id, Meeting meeting, Instant now) {
    return new Recording(
        id,
        meeting.id(),
        meeting.tenantId(),
        meeting.roomId(),
        null,
        null,
        null,
        RecordingStatus.RECORDING,
        now,
        null,
        null,
        null,
        null,
        null,
        Map.of(),
        now,
        now);
  }

  /** True once 100ms has told us which recording (and session) this is. */
  public boolean isStartConfirmed() {
    return hmsRecordingId != null;
  }

  public boolean isActive() {
    return status == RecordingStatus.RECORDING;
  }

  /** Records the ids 100ms gave the recording it started (or the one already running there). */
  public Recording confirmStart(String sessionId, String recordingId, Instant now) {
    requireStatus(RecordingStatus.RECORDING, RecordingStatus.RECORDING);
    Objects.requireNonNull(recordingId, "100ms recording id");
    return edit(
        draft -> {
          draft.hmsSessionId = sessionId;
          draft.hmsRecordingId = recordingId;
          draft.updatedAt = now;
        });
  }

  /** 100ms stopped recording; the video is not ready yet. */
  public Recording stop(Instant now) {
    return moveTo(RecordingStatus.PROCESSING, now, null, null, Map.of());
  }

  /**
   * 100ms stopped recording on its own or at someone's request and says why ("last peer left",
   * "client request"...); the reason is kept in the metadata.
   */
  public Recording stopReported(String reason, Instant now) {
    return stopReported(reason, null, now);
  }

  /** As {@link #stopReported(String, Instant)}, also keeping who stopped it. */
  public Recording stopReported(String reason, String stoppedBy, Instant now) {
    Map<String, String> facts = new LinkedHashMap<>(facts(STOP_REASON, reason));
    facts.putAll(facts(STOPPED_BY, stoppedBy));
    return moveTo(RecordingStatus.PROCESSING, now, null, null, facts);
  }

  /** Notes who asked for the stop (an administrator's user id), whatever state it led to. */
  public Recording stoppedBy(String userId) {
    return edit(draft -> draft.metadata.putAll(facts(STOPPED_BY, userId)));
  }

  /** The video exists: keep its asset, length, size and a URL to watch it. */
  public Recording complete(RecordingAsset asset, String playbackUrl, Instant now) {
    Objects.requireNonNull(asset, "asset");
    return moveTo(
        RecordingStatus.COMPLETED, now, asset, playbackUrl, facts(RECORDING_PATH, asset.path()));
  }

  /** 100ms could not record or could not produce the video. */
  public Recording fail(String reason, Instant now) {
    return fail(null, reason, now);
  }

  /** 100ms reported a failure of the given type ({@code UPLOAD_ERROR}...) and reason. */
  public Recording fail(String errorType, String reason, Instant now) {
    Map<String, String> facts = new LinkedHashMap<>(facts(ERROR_TYPE, errorType));
    facts.putAll(facts(FAILURE_REASON, reason));
    return moveTo(RecordingStatus.FAILED, now, null, null, facts);
  }

  /**
   * A completed recording gets a fresh playback URL (presigned URLs expire) and, if it was
   * completed by a webhook that named only the file's path, the asset id learnt since.
   */
  public Recording refreshPlayback(String knownAssetId, String playbackUrl, Instant now) {
    requireStatus(RecordingStatus.COMPLETED, RecordingStatus.COMPLETED);
    Objects.requireNonNull(playbackUrl, "playback url");
    return edit(
        draft -> {
          if (knownAssetId != null) {
            draft.assetId = knownAssetId;
          }
          draft.fileUrl = playbackUrl;
          draft.updatedAt = now;
        });
  }

  private Recording moveTo(
      RecordingStatus target,
      Instant now,
      RecordingAsset asset,
      String url,
      Map<String, String> facts) {
    if (!status.canMoveTo(target)) {
      throw new IllegalRecordingTransitionException(id, status, target);
    }
    return edit(
        draft -> {
          draft.status = target;
          draft.metadata.putAll(facts);
          if (draft.stoppedAt == null) {
            draft.stoppedAt = now;
          }
          if (asset != null) {
            draft.assetId = asset.id() == null ? assetId : asset.id();
            draft.durationSeconds = asset.durationSeconds();
            draft.fileSizeBytes = asset.sizeBytes();
          }
          if (url != null) {
            draft.fileUrl = url;
          }
          draft.updatedAt = now;
        });
  }

  private Recording edit(Consumer<RecordingDraft> change) {
    RecordingDraft draft = new RecordingDraft(this);
    change.accept(draft);
    return draft.build();
  }

  private static Map<String, String> facts(String key, String value) {
    return value == null || value.isBlank() ? Map.of() : Map.of(key, value);
  }

  private void requireStatus(RecordingStatus required, RecordingStatus target) {
    if (status != required) {
      throw new IllegalRecordingTransitionException(id, status, target);
    }
  }
}
