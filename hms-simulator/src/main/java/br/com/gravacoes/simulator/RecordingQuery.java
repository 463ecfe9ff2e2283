package br.com.gravacoes.simulator;

import java.time.Duration;
import java.time.Instant;

/**
 * Filters and paging of {@code GET /v2/recordings}; null filters match everything.
 *
 * @param start id of the last recording of the previous page
 */
record RecordingQuery(String roomId, String sessionId, String status, int limit, String start) {

  boolean matches(RecordingEntry entry, Instant now, Duration assetDelay) {
    return (roomId == null || roomId.equals(entry.roomId()))
        && (sessionId == null || sessionId.equals(entry.sessionId()))
        && (status == null || status.equals(entry.status(now, assetDelay)));
  }
}
