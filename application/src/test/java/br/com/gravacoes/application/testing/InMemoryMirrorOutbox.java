package br.com.gravacoes.application.testing;

import br.com.gravacoes.application.port.out.MirrorOutbox;
import br.com.gravacoes.application.port.out.MirroredRecording;
import br.com.gravacoes.application.port.out.TenantMirrorStatus;
import br.com.gravacoes.domain.recording.RecordingId;
import br.com.gravacoes.domain.tenant.TenantId;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * A {@link MirrorOutbox} in memory that behaves like the tables behind it: the local recording
 * rows, one event per committed change, and per tenant a lease (its end identifies the claim), the
 * next attempt and the failures in a row. Like the database, event writes do not look at the lease,
 * while tenant-state writes by a claim that is no longer held are ignored.
 */
public class InMemoryMirrorOutbox implements MirrorOutbox {

  /** A change refused for good, with the mirror's reason. */
  public record ParkedChange(Change change, String error, Instant parkedAt) {}

  private record Event(
      Change change, TenantId tenant, Instant changedAt, String error, Instant parkedAt) {

    boolean parked() {
      return parkedAt != null;
    }
  }

  private static final class TenantState {
    // A tenant never tried is due at once: the table's '-infinity'.
    private Instant nextAttempt = Instant.MIN;
    private int failures;
    private Instant leasedUntil;
    private Instant lastSuccess;
    private String lastError;
    private Instant lastErrorAt;
  }

  private final InMemoryMirrorProjectRepository projects;
  private final Map<RecordingId, MirroredRecording> rows = new HashMap<>();
  private final TreeMap<Long, Event> events = new TreeMap<>();
  private final Map<TenantId, TenantState> tenants = new HashMap<>();
  private long sequence;

  public InMemoryMirrorOutbox(InMemoryMirrorProjectRepository projects) {
    this.projects = projects;
  }

  /** A committed change of a recording: its row as it now is, and the event waiting for it. */
  public synchronized Change change(MirroredRecording row) {
    Objects.requireNonNull(row.updatedAt(), "updated_at");
    RecordingId recording = new RecordingId(row.id());
    rows.put(recording, row);
    Change change = new Change(++sequence, recording);
    events.put(
        change.id(), new Event(change, new TenantId(row.tenantId()), row.updatedAt(), null, null));
    return change;
  }

  /** The recording's row is deleted here; events already written stay. */
  public synchronized void deleteRow(RecordingId recording) {
    rows.remove(recording);
  }

  @Override
  public synchronized Optional<TenantClaim> claimTenant(Instant now, Duration lease) {
    Set<TenantId> waiting = new HashSet<>();
    pendingEvents().forEach(e -> waiting.add(e.tenant()));
    // Like the table, a tenant gets its state the first time one of its changes waits.
    waiting.forEach(tenant -> tenants.computeIfAbsent(tenant, t -> new TenantState()));
    Comparator<Map.Entry<TenantId, TenantState>> longestWaiting =
        Comparator.comparing((Map.Entry<TenantId, TenantState> t) -> t.getValue().nextAttempt)
            .thenComparing(t -> t.getKey().value());
    Optional<Map.Entry<TenantId, TenantState>> due =
        tenants.entrySet().stream()
            .filter(t -> waiting.contains(t.getKey()))
            .filter(t -> !t.getValue().nextAttempt.isAfter(now))
            .filter(t -> t.getValue().leasedUntil == null || !t.getValue().leasedUntil.isAfter(now))
            .min(longestWaiting);
    return due.map(
        t -> {
          t.getValue().leasedUntil = now.plus(lease);
          return new TenantClaim(t.getKey(), t.getValue().failures, t.getValue().leasedUntil);
        });
  }

  @Override
  public synchronized List<Change> pending(TenantClaim claim, int limit) {
    return pendingEvents().stream()
        .filter(e -> e.tenant().equals(claim.tenant()))
        .limit(limit)
        .map(Event::change)
        .toList();
  }

  @Override
  public synchronized List<MirroredRecording> currentRows(Collection<RecordingId> recordings) {
    return recordings.stream().distinct().map(rows::get).filter(Objects::nonNull).toList();
  }

  @Override
  public synchronized void delivered(TenantClaim claim, List<Change> changes, Instant now) {
    Set<RecordingId> sent = new HashSet<>();
    changes.forEach(c -> sent.add(c.recording()));
    forget(changes);
    events
        .values()
        .removeIf(
            e ->
                e.parked()
                    && e.tenant().equals(claim.tenant())
                    && sent.contains(e.change().recording()));
    boolean stillOurs = held(claim).isPresent();
    held(claim)
        .ifPresent(
            t -> {
              t.lastSuccess = now;
              t.failures = 0;
            });
    if (!stillOurs) {
      // As the database does: the recordings go back in line, their latest state to be resent.
      for (RecordingId recording : sent) {
        Change again = new Change(++sequence, recording);
        events.put(again.id(), new Event(again, claim.tenant(), now, null, null));
      }
    }
  }

  @Override
  public synchronized void skipped(TenantClaim claim, List<Change> changes) {
    forget(changes);
  }

  @Override
  public synchronized void parked(
      TenantClaim claim, List<Change> changes, String error, Instant now) {
    for (Change change : changes) {
      events.computeIfPresent(
          change.id(), (id, e) -> new Event(e.change(), e.tenant(), e.changedAt(), error, now));
    }
    held(claim)
        .ifPresent(
            t -> {
              t.lastError = error;
              t.lastErrorAt = now;
            });
  }

  @Override
  public synchronized void failed(
      TenantClaim claim, int failuresInARow, String error, Instant next, Instant now) {
    held(claim)
        .ifPresent(
            t -> {
              t.failures = failuresInARow;
              t.lastError = error;
              t.lastErrorAt = now;
              t.nextAttempt = next;
              t.leasedUntil = null;
            });
  }

  @Override
  public synchronized void release(TenantClaim claim, Instant next) {
    held(claim)
        .ifPresent(
            t -> {
              t.nextAttempt = next;
              t.leasedUntil = null;
            });
  }

  @Override
  public synchronized List<TenantMirrorStatus> status() {
    Set<TenantId> known = new TreeSet<>(Comparator.comparing(TenantId::value));
    known.addAll(projects.tenants());
    known.addAll(tenants.keySet());
    events.values().forEach(e -> known.add(e.tenant()));
    return known.stream().map(this::statusOf).toList();
  }

  /** One tenant's line of {@link #status()}, even for a tenant it would not list. */
  public synchronized TenantMirrorStatus statusOf(TenantId tenant) {
    List<Event> pending = pendingEvents().stream().filter(e -> e.tenant().equals(tenant)).toList();
    long parked =
        events.values().stream().filter(e -> e.parked() && e.tenant().equals(tenant)).count();
    Instant oldest =
        pending.stream().map(Event::changedAt).min(Comparator.naturalOrder()).orElse(null);
    TenantState t = tenants.getOrDefault(tenant, new TenantState());
    return new TenantMirrorStatus(
        tenant,
        pending.size(),
        oldest,
        parked,
        t.lastSuccess,
        t.lastError,
        t.lastErrorAt,
        t.failures,
        Instant.MIN.equals(t.nextAttempt) ? null : t.nextAttempt);
  }

  @Override
  public synchronized int requeueParked(Optional<TenantId> tenant, Instant now) {
    int requeued = 0;
    Set<TenantId> affected = new HashSet<>();
    for (Map.Entry<Long, Event> entry : events.entrySet()) {
      Event e = entry.getValue();
      if (e.parked() && tenant.map(e.tenant()::equals).orElse(true)) {
        entry.setValue(new Event(e.change(), e.tenant(), e.changedAt(), null, null));
        affected.add(e.tenant());
        requeued++;
      }
    }
    for (TenantId requeuedTenant : affected) {
      TenantState t = tenants.get(requeuedTenant);
      if (t != null) {
        t.nextAttempt = now;
        t.failures = 0;
      }
    }
    return requeued;
  }

  /** The tenant's changes waiting, oldest first. */
  public synchronized List<Change> pendingOf(TenantId tenant) {
    return pendingEvents().stream()
        .filter(e -> e.tenant().equals(tenant))
        .map(Event::change)
        .toList();
  }

  /** The tenant's parked changes, oldest first, with the reason each was refused. */
  public synchronized List<ParkedChange> parkedOf(TenantId tenant) {
    return events.values().stream()
        .filter(e -> e.parked() && e.tenant().equals(tenant))
        .map(e -> new ParkedChange(e.change(), e.error(), e.parkedAt()))
        .toList();
  }

  private List<Event> pendingEvents() {
    return events.values().stream().filter(e -> !e.parked()).toList();
  }

  private void forget(List<Change> changes) {
    changes.forEach(c -> events.remove(c.id()));
  }

  private Optional<TenantState> held(TenantClaim claim) {
    TenantState t = tenants.get(claim.tenant());
    return t != null && claim.leasedUntil().equals(t.leasedUntil)
        ? Optional.of(t)
        : Optional.empty();
  }
}
