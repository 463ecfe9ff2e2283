package br.com.gravacoes.application.port.in;

import java.time.Instant;
import java.util.Objects;

/**
 * One event 100ms sent about a recording (a webhook), reduced to the facts we use. Every field but
 * {@code id} and {@code type} may be null: 100ms does not send all of them with every type.
 */
public record ProviderEvent(
    String id,
    ProviderEventType type,
    String providerType,
    String hmsRecordingId,
    String roomId,
    String sessionId,
    Instant occurredAt,
    boolean replay,
    String reason,
    String errorType,
    String errorMessage,
    Integer durationSeconds,
    Long sizeBytes,
    String recordingPath,
    String presignedUrl) {

  public ProviderEvent {
    Objects.requireNonNull(id, "event id");
    Objects.requireNonNull(type, "event type");
    if (id.isBlank()) {
      throw new IllegalArgumentException("event id must not be blank");
    }
  }
}
