package br.com.gravacoes.application.testing;

import br.com.gravacoes.application.port.in.ProviderEvent;
import br.com.gravacoes.application.port.in.ProviderEventType;
import br.com.gravacoes.domain.recording.Recording;
import java.time.Instant;
import java.util.UUID;

/** 100ms events about a recording, as the webhook adapter would hand them over. */
public final class Events {

  private Events() {}

  public static ProviderEvent of(ProviderEventType type, Recording about) {
    return of(UUID.randomUUID().toString(), type, about);
  }

  public static ProviderEvent of(String id, ProviderEventType type, Recording about) {
    return new ProviderEvent(
        id,
        type,
        "beam." + type.name().toLowerCase(),
        about.hmsRecordingId(),
        about.roomId().value(),
        about.hmsSessionId(),
        Instant.now(),
        false,
        "client request",
        "UPLOAD_ERROR",
        "upload failed",
        61,
        4_096L,
        "s3://bucket/" + about.hmsRecordingId() + ".mp4",
        "https://signed/" + about.hmsRecordingId());
  }

  public static ProviderEvent replayOf(ProviderEvent event) {
    return copy(event, event.hmsRecordingId(), true);
  }

  public static ProviderEvent withoutRecordingId(ProviderEvent event) {
    return copy(event, null, event.replay());
  }

  private static ProviderEvent copy(ProviderEvent event, String hmsRecordingId, boolean replay) {
    return new ProviderEvent(
        event.id(),
        event.type(),
        event.providerType(),
        hmsRecordingId,
        event.roomId(),
        event.sessionId(),
        event.occurredAt(),
        replay,
        event.reason(),
        event.errorType(),
        event.errorMessage(),
        event.durationSeconds(),
        event.sizeBytes(),
        event.recordingPath(),
        event.presignedUrl());
  }
}
