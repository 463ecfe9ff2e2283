package br.com.gravacoes.application.port.out;

import java.time.Instant;
import java.util.Objects;

/**
 * Where a page of the audit trail ended. The trail is read newest first by (at, id), the id
 * breaking ties between entries of the same instant, so a page that ends in the middle of such a
 * tie neither repeats nor skips the rest of it.
 */
public record AuditCursor(Instant at, long id) {

  public AuditCursor {
    Objects.requireNonNull(at, "at");
    if (id < 0) {
      throw new IllegalArgumentException("id must not be negative");
    }
  }

  /** Continues after the last entry of a page. */
  public static AuditCursor after(StoredAuditEntry last) {
    return new AuditCursor(last.entry().at(), last.id());
  }

  /** Starts with the entries strictly older than the instant: stored ids start at 1. */
  public static AuditCursor olderThan(Instant at) {
    return new AuditCursor(at, 0);
  }
}
