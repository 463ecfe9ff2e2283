package br.com.gravacoes.systemtests;

import br.com.gravacoes.postgrest.WriteEvent;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

/**
 * Watches the PostgREST stand-in's writes for two deliveries of one tenant at the same time, which
 * the per-tenant lease forbids: each write is held for a moment before it is answered, so a second
 * delivery of the same project during that moment is caught in the act.
 */
public final class MirrorOverlapProbe implements Consumer<WriteEvent> {

  private final Duration hold;
  private final Map<String, AtomicInteger> inFlight = new ConcurrentHashMap<>();
  private final AtomicLong writes = new AtomicLong();
  private final List<String> overlaps = new CopyOnWriteArrayList<>();

  public MirrorOverlapProbe(Duration hold) {
    this.hold = hold;
  }

  @Override
  public void accept(WriteEvent write) {
    AtomicInteger writers =
        inFlight.computeIfAbsent(write.projectRef(), ref -> new AtomicInteger());
    writes.incrementAndGet();
    try {
      if (writers.incrementAndGet() > 1) {
        overlaps.add(write.projectRef() + " " + write.ids() + " em " + write.receivedAt());
      }
      Thread.sleep(hold.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } finally {
      writers.decrementAndGet();
    }
  }

  /** Writes seen so far. */
  public long writes() {
    return writes.get();
  }

  /** Writes that reached a project while another write of it was still unanswered. */
  public List<String> overlaps() {
    return List.copyOf(overlaps);
  }
}
