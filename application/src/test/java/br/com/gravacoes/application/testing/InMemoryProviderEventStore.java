package br.com.gravacoes.application.testing;

import br.com.gravacoes.application.port.in.EventOutcome;
import br.com.gravacoes.application.port.in.ProviderEvent;
import br.com.gravacoes.application.port.out.ProviderEventStore;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A {@link ProviderEventStore} in memory, atomic like the table's primary key. */
public class InMemoryProviderEventStore implements ProviderEventStore {

  private record Entry(ProviderEvent event, Instant receivedAt, EventOutcome outcome) {}

  private final Map<String, Entry> entries = new LinkedHashMap<>();

  @Override
  public synchronized Seen register(ProviderEvent event, Instant receivedAt) {
    Entry known = entries.get(event.id());
    if (known == null) {
      entries.put(event.id(), new Entry(event, receivedAt, null));
      return Seen.NEW;
    }
    return known.outcome() == null ? Seen.PENDING : Seen.DONE;
  }

  @Override
  public synchronized void markDone(String eventId, EventOutcome outcome, Instant at) {
    Entry known = entries.get(eventId);
    if (known != null && known.outcome() == null) {
      entries.put(eventId, new Entry(known.event(), known.receivedAt(), outcome));
    }
  }

  @Override
  public synchronized int expirePending(Instant before, Instant at) {
    List<String> expired =
        entries.values().stream()
            .filter(e -> e.outcome() == null && e.receivedAt().isBefore(before))
            .map(e -> e.event().id())
            .toList();
    expired.forEach(id -> markDone(id, EventOutcome.UNMATCHED, at));
    return expired.size();
  }

  @Override
  public synchronized List<ProviderEvent> pending(Instant since, int limit) {
    return entries.values().stream()
        .filter(e -> e.outcome() == null && !e.receivedAt().isBefore(since))
        .limit(limit)
        .map(Entry::event)
        .toList();
  }

  public synchronized EventOutcome outcomeOf(String eventId) {
    Entry known = entries.get(eventId);
    return known == null ? null : known.outcome();
  }
}
