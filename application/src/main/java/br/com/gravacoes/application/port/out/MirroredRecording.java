package br.com.gravacoes.application.port.out;

import java.time.Instant;
import java.util.UUID;

/**
 * A recording's row exactly as stored, column by column, for the mirror: the mirror must equal the
 * local table, so this is a copy of the row rather than the domain's view of it. {@code
 * metadataJson} is the stored JSON object as text.
 */
public record MirroredRecording(
    UUID id,
    UUID meetingId,
    String tenantId,
    String roomId,
    String hmsSessionId,
    String hmsRecordingId,
    String assetId,
    String status,
    Instant startedAt,
    Instant stoppedAt,
    Integer durationSeconds,
    String fileUrl,
    Long fileSizeBytes,
    String thumbnailUrl,
    String metadataJson,
    Instant createdAt,
    Instant updatedAt) {}
