package br.com.gravacoes.adapters.persistence;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * The mirror's backlog as the metrics show it: read again only when the last reading is older than
 * {@code fresh}, so a scrape costs at most one short query, and kept as it was when a new reading
 * fails, so a scrape never fails or waits on a database that is down.
 */
final class CachedBacklog {

  /** Pending changes, and the age of the oldest one in seconds (0 with none pending). */
  record Sample(long pending, double lagSeconds) {
    static final Sample NONE = new Sample(0, 0);
  }

  /** Reads the backlog now; throws when it cannot. */
  @FunctionalInterface
  interface Reader {
    Sample read() throws Exception;
  }

  private final Reader reader;
  private final Clock clock;
  private final Duration fresh;
  private Sample last = Sample.NONE;
  private Instant readAt = Instant.MIN;

  CachedBacklog(Reader reader, Clock clock, Duration fresh) {
    this.reader = reader;
    this.clock = clock;
    this.fresh = fresh;
  }

  synchronized Sample current() {
    Instant now = clock.instant();
    if (readAt.plus(fresh).isAfter(now)) {
      return last;
    }
    // Tried at most once per period even when it fails, so a dead database is not asked per scrape.
    readAt = now;
    try {
      last = reader.read();
    } catch (Exception failure) {
      // The last known values stay: a gap in the series says less than a stale point.
    }
    return last;
  }
}
