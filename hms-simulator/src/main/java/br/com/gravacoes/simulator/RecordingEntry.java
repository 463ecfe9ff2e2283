package br.com.gravacoes.simulator;

import java.time.Duration;
import java.time.Instant;

/**
 * One recording as the simulator stores it. Immutable: a stop replaces the entry, so answers can be
 * built outside the state lock. The status is not stored but derived from the clock.
 *
 * @param accessKey the app that started it; other apps do not see it
 * @param stoppedAt null while running
 * @param assetId null while running and when the asset failed
 */
record RecordingEntry(
    String id,
    String accessKey,
    String roomId,
    String sessionId,
    String meetingUrl,
    Instant createdAt,
    Instant stoppedAt,
    String assetId) {

  static final String RUNNING = "running";
  static final String POST_PROCESSING = "post_processing";
  static final String COMPLETED = "completed";
  static final String FAILED = "failed";

  static RecordingEntry started(String accessKey, String roomId, String meetingUrl, Instant now) {
    return new RecordingEntry(
        Ids.newId(), accessKey, roomId, Ids.newId(), meetingUrl, now, null, null);
  }

  RecordingEntry stopped(Instant now, boolean assetFails) {
    String newAssetId = assetFails ? null : Ids.newId();
    return new RecordingEntry(
        id, accessKey, roomId, sessionId, meetingUrl, createdAt, now, newAssetId);
  }

  boolean isRunning() {
    return stoppedAt == null;
  }

  String status(Instant now, Duration assetDelay) {
    if (isRunning()) {
      return RUNNING;
    }
    if (now.isBefore(readyAt(assetDelay))) {
      return POST_PROCESSING;
    }
    return assetId == null ? FAILED : COMPLETED;
  }

  boolean assetReady(Instant now, Duration assetDelay) {
    return COMPLETED.equals(status(now, assetDelay));
  }

  /** When post-processing ends; only meaningful once stopped. */
  Instant readyAt(Duration assetDelay) {
    return stoppedAt.plus(assetDelay);
  }

  Instant updatedAt(Instant now, Duration assetDelay) {
    return switch (status(now, assetDelay)) {
      case RUNNING -> createdAt;
      case POST_PROCESSING -> stoppedAt;
      default -> readyAt(assetDelay);
    };
  }

  /**
   * Whole seconds recorded, rounded up, never zero: players and the product expect a positive
   * length.
   */
  long durationSeconds() {
    long millis = Duration.between(createdAt, stoppedAt).toMillis();
    return Math.max(1, (millis + 999) / 1000);
  }

  SimulatedRecording view(Instant now, Duration assetDelay) {
    String status = status(now, assetDelay);
    String readyAssetId = COMPLETED.equals(status) ? assetId : null;
    return new SimulatedRecording(
        id, roomId, sessionId, status, createdAt, createdAt, stoppedAt, readyAssetId);
  }
}
