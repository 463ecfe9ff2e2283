package br.com.gravacoes.application.port.out;

import br.com.gravacoes.domain.meeting.MeetingId;
import br.com.gravacoes.domain.recording.RecordingStatus;
import br.com.gravacoes.domain.tenant.TenantId;
import java.time.Instant;
import java.util.Optional;

/**
 * A page request of one tenant's library: optional filters (status, meeting, started between {@code
 * from} inclusive and {@code to} exclusive), the cursor of the previous page, and the page size.
 */
public record RecordingQuery(
    TenantId tenant,
    Optional<RecordingStatus> status,
    Optional<MeetingId> meetingId,
    Optional<Instant> from,
    Optional<Instant> to,
    Optional<RecordingCursor> after,
    int limit) {

  public static final int MAX_LIMIT = 100;

  public RecordingQuery {
    java.util.Objects.requireNonNull(tenant, "tenant");
    if (limit < 1 || limit > MAX_LIMIT) {
      throw new IllegalArgumentException("limit must be between 1 and " + MAX_LIMIT);
    }
  }
}
