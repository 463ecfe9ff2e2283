package br.com.gravacoes.adapters.persistence;

import br.com.gravacoes.application.port.in.ProviderEvent;
import br.com.gravacoes.application.port.in.ProviderEventType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/**
 * A row of {@code eventos_100ms}, read only: the event store writes with native statements. It maps
 * what rebuilds the event, and the two timestamps that find the pending ones.
 */
@Entity
@Table(name = "eventos_100ms")
class ProviderEventJpaEntity {

  @Id private String id;

  @Column(name = "tipo", nullable = false)
  private String type;

  @Column(name = "tipo_100ms")
  private String providerType;

  @Column(name = "recording_id_100ms")
  private String hmsRecordingId;

  @Column(name = "room_id_100ms")
  private String roomId;

  @Column(name = "session_id_100ms")
  private String sessionId;

  @Column(name = "ocorrido_em")
  private OffsetDateTime occurredAt;

  @Column(name = "replay", nullable = false)
  private boolean replay;

  /** The jsonb column's text: {@link ProviderEventDetails}. */
  @Column(name = "dados", nullable = false)
  private String details;

  @Column(name = "recebido_em", nullable = false)
  private OffsetDateTime receivedAt;

  /** Null while the event waits to be handled. */
  @Column(name = "processado_em")
  private OffsetDateTime processedAt;

  protected ProviderEventJpaEntity() {}

  ProviderEvent toDomain() {
    ProviderEventDetails facts = ProviderEventDetails.fromJson(details);
    return new ProviderEvent(
        id,
        ProviderEventType.valueOf(type),
        providerType,
        hmsRecordingId,
        roomId,
        sessionId,
        Timestamps.toInstant(occurredAt),
        replay,
        facts.reason(),
        facts.errorType(),
        facts.errorMessage(),
        facts.durationSeconds(),
        facts.sizeBytes(),
        facts.recordingPath(),
        facts.presignedUrl());
  }
}
