package br.com.gravacoes.simulator;

import java.time.Instant;

/**
 * Snapshot of one simulated recording, for assertions.
 *
 * @param status {@code running}, {@code post_processing}, {@code completed} or {@code failed}
 * @param stoppedAt null while the recording runs
 * @param assetId null until the composite asset is ready
 */
public record SimulatedRecording(
    String id,
    String roomId,
    String sessionId,
    String status,
    Instant createdAt,
    Instant startedAt,
    Instant stoppedAt,
    String assetId) {}
