package br.com.gravacoes.application.testing;

import br.com.gravacoes.application.port.out.AuditCursor;
import br.com.gravacoes.application.port.out.AuditEntry;
import br.com.gravacoes.application.port.out.AuditTrail;
import br.com.gravacoes.application.port.out.StoredAuditEntry;
import br.com.gravacoes.domain.tenant.TenantId;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * An {@link AuditTrail} in memory that keeps the database's promises: ids from 1 in the order of
 * recording, instants kept to the nearest microsecond (as {@code timestamptz}), each tenant reading
 * only its own entries, newest first by (at, id). Tests read what was recorded with {@link
 * #entries()}.
 */
public class InMemoryAuditTrail implements AuditTrail {

  private static final Comparator<StoredAuditEntry> NEWEST_FIRST =
      Comparator.comparing((StoredAuditEntry stored) -> stored.entry().at())
          .thenComparingLong(StoredAuditEntry::id)
          .reversed();

  private final List<StoredAuditEntry> rows = new ArrayList<>();

  @Override
  public synchronized void record(AuditEntry entry) {
    AuditEntry kept =
        new AuditEntry(
            entry.tenant(),
            entry.userId(),
            entry.action(),
            toTheMicrosecond(entry.at()),
            entry.recordingId(),
            entry.meetingId(),
            entry.address(),
            entry.details());
    rows.add(new StoredAuditEntry(rows.size() + 1L, kept));
  }

  @Override
  public synchronized List<StoredAuditEntry> recent(
      TenantId tenant, Optional<AuditCursor> before, int limit) {
    if (limit < 1) {
      throw new IllegalArgumentException("limit must be at least 1");
    }
    return rows.stream()
        .filter(stored -> stored.entry().tenant().equals(tenant))
        .filter(stored -> before.map(cursor -> isAfter(stored, cursor)).orElse(true))
        .sorted(NEWEST_FIRST)
        .limit(limit)
        .toList();
  }

  /** Every entry recorded so far, of every tenant, in the order they were recorded. */
  public synchronized List<AuditEntry> entries() {
    return rows.stream().map(StoredAuditEntry::entry).toList();
  }

  /** The entries of one tenant, in the order they were recorded. */
  public synchronized List<AuditEntry> entriesOf(TenantId tenant) {
    return entries().stream().filter(entry -> entry.tenant().equals(tenant)).toList();
  }

  // What PostgreSQL (through its JDBC driver) keeps of an instant: the nearest microsecond.
  private static Instant toTheMicrosecond(Instant at) {
    return at.plusNanos(500).truncatedTo(ChronoUnit.MICROS);
  }

  private static boolean isAfter(StoredAuditEntry stored, AuditCursor cursor) {
    int byTime = stored.entry().at().compareTo(cursor.at());
    return byTime < 0 || (byTime == 0 && stored.id() < cursor.id());
  }
}
