package br.com.gravacoes.application.port.out;

import br.com.gravacoes.application.port.in.EventOutcome;
import br.com.gravacoes.application.port.in.ProviderEvent;
import java.time.Instant;
import java.util.List;

/**
 * Keeps every 100ms event durably, by id, so a redelivery is recognised and an event that matched
 * no recording yet can be retried later.
 */
public interface ProviderEventStore {

  /** What the store knew of an event before this delivery. */
  enum Seen {
    /** First delivery: stored now. */
    NEW,
    /** Stored before but not finished (unmatched, or its handling died): handle it again. */
    PENDING,
    /** Already handled: do nothing. */
    DONE
  }

  Seen register(ProviderEvent event, Instant receivedAt);

  /** The event is handled for good (applied, late or irrelevant). */
  void markDone(String eventId, EventOutcome outcome, Instant at);

  /**
   * Gives up on the pending events received before {@code before}: they are closed as {@code
   * UNMATCHED}, so nothing retries them forever.
   *
   * @return how many were closed
   */
  int expirePending(Instant before, Instant at);

  /** Pending events received after {@code since}, oldest first, for another attempt. */
  List<ProviderEvent> pending(Instant since, int limit);
}
