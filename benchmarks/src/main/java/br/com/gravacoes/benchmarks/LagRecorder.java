package br.com.gravacoes.benchmarks;

import br.com.gravacoes.domain.recording.RecordingId;
import br.com.gravacoes.postgrest.WriteEvent;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * Pairs each committed change with the first write the stand-in received for that recording after
 * the change: that write carried it (rows are read after their changes), so the time between the
 * commit and that write is the change's lag.
 *
 * <p>The commit time is taken when {@code update} returns, a little after the database committed:
 * on a busy machine a worker may send the row in between. The write is therefore looked for from
 * the moment {@code update} was called, and one received before it returned counts as no lag. A
 * write in that window could only carry an older state if the recording's previous change, seconds
 * earlier, were still undelivered.
 */
final class LagRecorder {

  /** A change of a recording, written from {@code startedAt} to {@code committedAt}. */
  record Change(RecordingId recording, Instant startedAt, Instant committedAt, boolean warmup) {}

  private final Map<String, Queue<Instant>> writes = new ConcurrentHashMap<>();
  private final Queue<Change> changes = new ConcurrentLinkedQueue<>();

  /** The stand-in's write listener. */
  void written(WriteEvent event) {
    for (String id : event.ids()) {
      writes.computeIfAbsent(id, key -> new ConcurrentLinkedQueue<>()).add(event.receivedAt());
    }
  }

  void committed(RecordingId recording, Instant startedAt, Instant committedAt, boolean warmup) {
    changes.add(new Change(recording, startedAt, committedAt, warmup));
  }

  int changes() {
    return changes.size();
  }

  /** True once every change has a write received after it. */
  boolean allDelivered() {
    return changes.stream().allMatch(change -> lag(change) != null);
  }

  /** The lags of the warm-up's changes or of the others; a change never written is unmatched. */
  Lags lags(boolean warmup) {
    List<Duration> lags = new ArrayList<>();
    int unmatched = 0;
    int beforeReturn = 0;
    for (Change change : changes) {
      if (change.warmup() != warmup) {
        continue;
      }
      Duration lag = lag(change);
      if (lag == null) {
        unmatched++;
      } else if (lag.isNegative()) {
        beforeReturn++;
        lags.add(Duration.ZERO);
      } else {
        lags.add(lag);
      }
    }
    Collections.sort(lags);
    return new Lags(lags, unmatched, beforeReturn);
  }

  private Duration lag(Change change) {
    Queue<Instant> received = writes.get(change.recording().toString());
    if (received == null) {
      return null;
    }
    Instant first = null;
    for (Instant at : received) {
      if (!at.isBefore(change.startedAt()) && (first == null || at.isBefore(first))) {
        first = at;
      }
    }
    return first == null ? null : Duration.between(change.committedAt(), first);
  }
}
