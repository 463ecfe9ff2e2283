package br.com.gravacoes.application.service;

import br.com.gravacoes.application.port.in.ProviderEvent;
import br.com.gravacoes.domain.recording.Recording;
import br.com.gravacoes.domain.recording.RecordingAsset;
import java.time.Instant;
import java.util.Optional;

/**
 * What an event from 100ms does to a recording; empty when it does nothing, which is always the
 * case for a recording that already reached a final state (a late event never moves it back).
 */
final class ProviderEventTransitions {

  private ProviderEventTransitions() {}

  static Optional<Recording> next(Recording recording, ProviderEvent event, Instant now) {
    if (recording.status().isTerminal()) {
      return Optional.empty();
    }
    return switch (event.type()) {
      case STARTED, OTHER -> Optional.empty();
      case STOPPED ->
          recording.isActive()
              ? Optional.of(recording.stopReported(event.reason(), now))
              : Optional.empty();
      case READY -> completed(recording, event, now);
      case FAILED -> Optional.of(recording.fail(event.errorType(), event.errorMessage(), now));
    };
  }

  /** Only an event that names the file and a URL to it can complete the recording by itself. */
  private static Optional<Recording> completed(
      Recording recording, ProviderEvent event, Instant now) {
    if (event.recordingPath() == null || event.presignedUrl() == null) {
      return Optional.empty();
    }
    RecordingAsset video =
        new RecordingAsset(null, event.recordingPath(), event.durationSeconds(), event.sizeBytes());
    return Optional.of(recording.complete(video, event.presignedUrl(), now));
  }
}
