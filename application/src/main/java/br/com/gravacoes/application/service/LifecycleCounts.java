package br.com.gravacoes.application.service;

import br.com.gravacoes.application.port.out.RecordingMetrics;
import br.com.gravacoes.domain.recording.Recording;
import br.com.gravacoes.domain.recording.RecordingStatus;

/**
 * Tells the metrics what a stored change did to a recording: whichever service stored it (start,
 * stop, a 100ms event, the reconciler or a refresh), each step is counted once, by the one caller
 * whose compare-and-set won.
 */
final class LifecycleCounts {

  private LifecycleCounts() {}

  /** Called only after {@code after} replaced {@code before} in the store. */
  static void stored(RecordingMetrics metrics, Recording before, Recording after) {
    if (!before.isStartConfirmed() && after.isStartConfirmed()) {
      metrics.started();
    }
    if (before.isActive() && !after.isActive()) {
      metrics.stopped();
    }
    if (before.status() != RecordingStatus.FAILED && after.status() == RecordingStatus.FAILED) {
      metrics.failed();
    }
  }
}
