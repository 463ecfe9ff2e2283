package br.com.gravacoes.application.testing;

import br.com.gravacoes.application.port.out.ReconcileSchedule;
import br.com.gravacoes.domain.recording.Recording;
import br.com.gravacoes.domain.recording.RecordingId;
import br.com.gravacoes.domain.recording.RecordingStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** A {@link ReconcileSchedule} in memory over an {@link InMemoryRecordingRepository}. */
public class InMemoryReconcileSchedule implements ReconcileSchedule {

  private record Slot(int attempts, Instant next, Instant leasedUntil, String lastError) {}

  private final InMemoryRecordingRepository recordings;
  private final Map<RecordingId, Slot> slots = new HashMap<>();

  public InMemoryReconcileSchedule(InMemoryRecordingRepository recordings) {
    this.recordings = recordings;
  }

  @Override
  public synchronized List<Ticket> claimDue(
      Instant now, int limit, Duration lease, Duration activeAfter, Duration unconfirmedAfter) {
    List<Ticket> claimed = new ArrayList<>();
    for (Recording r : recordings.all()) {
      if (claimed.size() == limit || !isCandidate(r, now, activeAfter, unconfirmedAfter)) {
        continue;
      }
      Slot slot = slots.getOrDefault(r.id(), new Slot(0, now, null, null));
      boolean due = !slot.next().isAfter(now);
      boolean leased = slot.leasedUntil() != null && slot.leasedUntil().isAfter(now);
      if (due && !leased) {
        slots.put(
            r.id(), new Slot(slot.attempts(), slot.next(), now.plus(lease), slot.lastError()));
        claimed.add(new Ticket(r.id(), slot.attempts(), now.plus(lease)));
      }
    }
    return claimed;
  }

  private static boolean isCandidate(
      Recording r, Instant now, Duration activeAfter, Duration unconfirmedAfter) {
    Duration wait = r.isStartConfirmed() ? activeAfter : unconfirmedAfter;
    return r.status() == RecordingStatus.PROCESSING
        || (r.status() == RecordingStatus.RECORDING && !r.createdAt().plus(wait).isAfter(now));
  }

  @Override
  public synchronized void reschedule(Ticket ticket, Instant next, String lastError, Instant now) {
    if (holds(ticket)) {
      Slot slot = slots.get(ticket.id());
      slots.put(ticket.id(), new Slot(slot.attempts() + 1, next, null, lastError));
    }
  }

  @Override
  public synchronized void finish(Ticket ticket) {
    if (holds(ticket)) {
      slots.remove(ticket.id());
    }
  }

  private boolean holds(Ticket ticket) {
    Slot slot = slots.get(ticket.id());
    return slot != null && ticket.leasedUntil().equals(slot.leasedUntil());
  }

  @Override
  public synchronized void forgetFinished() {
    slots
        .keySet()
        .removeIf(id -> recordings.findById(id).map(r -> r.status().isTerminal()).orElse(true));
  }

  public synchronized Instant nextCheckOf(RecordingId id) {
    Slot slot = slots.get(id);
    return slot == null ? null : slot.next();
  }

  public synchronized String lastErrorOf(RecordingId id) {
    Slot slot = slots.get(id);
    return slot == null ? null : slot.lastError();
  }
}
