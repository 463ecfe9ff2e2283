package br.com.gravacoes.adapters.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A row of {@code gravacoes}, column for column: loaded by JPA, written by the repository's native
 * statements. Timestamps are {@link OffsetDateTime} because EclipseLink 4 maps it (JPA 3.1) and not
 * {@link java.time.Instant}.
 */
@Entity
@Table(name = "gravacoes")
class RecordingJpaEntity {

  @Id private UUID id;

  @Column(name = "reuniao_id", nullable = false)
  private UUID meetingId;

  @Column(name = "tenant_id", nullable = false)
  private String tenantId;

  @Column(name = "room_id_100ms", nullable = false)
  private String roomId;

  @Column(name = "session_id_100ms")
  private String hmsSessionId;

  @Column(name = "recording_id_100ms")
  private String hmsRecordingId;

  @Column(name = "asset_id")
  private String assetId;

  @Column(name = "status", nullable = false)
  private String status;

  @Column(name = "started_at")
  private OffsetDateTime startedAt;

  @Column(name = "stopped_at")
  private OffsetDateTime stoppedAt;

  @Column(name = "duration")
  private Integer durationSeconds;

  @Column(name = "file_url")
  private String fileUrl;

  @Column(name = "file_size")
  private Long fileSizeBytes;

  @Column(name = "thumbnail_url")
  private String thumbnailUrl;

  /** The jsonb column's text: a JSON object of string values. */
  @Column(name = "metadata", nullable = false)
  private String metadata;

  @Column(name = "created_at", nullable = false)
  private OffsetDateTime createdAt;

  @Column(name = "updated_at", nullable = false)
  private OffsetDateTime updatedAt;

  protected RecordingJpaEntity() {}

  // Every column at once: the mapper builds whole rows, never half-filled ones.
  RecordingJpaEntity(
      UUID id,
      UUID meetingId,
      String tenantId,
      String roomId,
      String hmsSessionId,
      String hmsRecordingId,
      String assetId,
      String status,
      OffsetDateTime startedAt,
      OffsetDateTime stoppedAt,
      Integer durationSeconds,
      String fileUrl,
      Long fileSizeBytes,
      String thumbnailUrl,
      String metadata,
      OffsetDateTime createdAt,
      OffsetDateTime updatedAt) {
    this.id = id;
    this.meetingId = meetingId;
    this.tenantId = tenantId;
    this.roomId = roomId;
    this.hmsSessionId = hmsSessionId;
    this.hmsRecordingId = hmsRecordingId;
    this.assetId = assetId;
    this.status = status;
    this.startedAt = startedAt;
    this.stoppedAt = stoppedAt;
    this.durationSeconds = durationSeconds;
    this.fileUrl = fileUrl;
    this.fileSizeBytes = fileSizeBytes;
    this.thumbnailUrl = thumbnailUrl;
    this.metadata = metadata;
    this.createdAt = createdAt;
    this.updatedAt = updatedAt;
  }

  UUID id() {
    return id;
  }

  UUID meetingId() {
    return meetingId;
  }

  String tenantId() {
    return tenantId;
  }

  String roomId() {
    return roomId;
  }

  String hmsSessionId() {
    return hmsSessionId;
  }

  String hmsRecordingId() {
    return hmsRecordingId;
  }

  String assetId() {
    return assetId;
  }

  String status() {
    return status;
  }

  OffsetDateTime startedAt() {
    return startedAt;
  }

  OffsetDateTime stoppedAt() {
    return stoppedAt;
  }

  Integer durationSeconds() {
    return durationSeconds;
  }

  String fileUrl() {
    return fileUrl;
  }

  Long fileSizeBytes() {
    return fileSizeBytes;
  }

  String thumbnailUrl() {
    return thumbnailUrl;
  }

  String metadata() {
    return metadata;
  }

  OffsetDateTime createdAt() {
    return createdAt;
  }

  OffsetDateTime updatedAt() {
    return updatedAt;
  }
}
