package br.com.gravacoes.adapters.rest;

import br.com.gravacoes.application.port.in.RecordingWatcher;
import br.com.gravacoes.domain.recording.RecordingId;
import jakarta.ws.rs.sse.OutboundSseEvent;
import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.SseEventSink;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.Instant;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * One page's event stream. The change feed only queues what to send (a recording id, a resync, a
 * ping) and returns; one task at a time, on the senders' executor, reads each recording's current
 * row and writes it to the client. Changes of a recording queued together go out once, with its
 * latest state, so a slow client gets fewer events, never stale ones, and never holds up the feed.
 */
final class RecordingEventStream implements RecordingWatcher {

  private static final Logger LOG = System.getLogger("gravacoes.live");
  private static final long SEND_TIMEOUT_SECONDS = 30;

  private final SseEventSink sink;
  private final Sse sse;
  private final Function<RecordingId, Optional<String>> currentJson;
  private final Executor senders;
  private final Consumer<RecordingEventStream> onClose;
  private final Instant expiresAt;
  private final Clock clock;
  private final Set<RecordingId> pending = new LinkedHashSet<>();
  private boolean resyncPending;
  private boolean pingPending;
  private boolean draining;
  private boolean closed;
  private AutoCloseable subscription;

  /** A stream that ends at {@code expiresAt}, when the token that opened it stops being valid. */
  RecordingEventStream(
      SseEventSink sink,
      Sse sse,
      Function<RecordingId, Optional<String>> currentJson,
      Executor senders,
      Consumer<RecordingEventStream> onClose,
      Instant expiresAt,
      Clock clock) {
    this.sink = sink;
    this.sse = sse;
    this.currentJson = currentJson;
    this.senders = senders;
    this.onClose = onClose;
    this.expiresAt = expiresAt;
    this.clock = clock;
  }

  /** The watch to end when the client goes away. */
  synchronized void subscribed(AutoCloseable watch) {
    this.subscription = watch;
    if (closed) {
      closeQuietly(watch);
    }
  }

  @Override
  public void changed(RecordingId recording) {
    synchronized (this) {
      pending.add(recording);
    }
    drainSoon();
  }

  /** The client must read everything again: what was queued is moot, it will be read anew. */
  @Override
  public void resync() {
    synchronized (this) {
      pending.clear();
      resyncPending = true;
    }
    drainSoon();
  }

  /**
   * Keeps proxies from closing an idle stream, and finds out whether the client is still there.
   * Once the caller's token has expired the stream is closed instead: the client reconnects and
   * must then show a valid token (so access ends at most one ping after the token does).
   */
  void ping() {
    if (!clock.instant().isBefore(expiresAt)) {
      LOG.log(Level.DEBUG, "[Live] Token expirado: fluxo de eventos encerrado");
      close();
      return;
    }
    synchronized (this) {
      pingPending = true;
    }
    drainSoon();
  }

  synchronized boolean isClosed() {
    return closed;
  }

  void close() {
    AutoCloseable watch;
    synchronized (this) {
      if (closed) {
        return;
      }
      closed = true;
      pending.clear();
      watch = subscription;
    }
    if (watch != null) {
      closeQuietly(watch);
    }
    try {
      sink.close();
    } catch (RuntimeException alreadyGone) {
      // The client left first.
    }
    onClose.accept(this);
  }

  private void drainSoon() {
    synchronized (this) {
      if (draining || closed) {
        return;
      }
      draining = true;
    }
    try {
      senders.execute(this::drain);
    } catch (RuntimeException rejected) {
      // Shutting down.
      close();
    }
  }

  private void drain() {
    while (true) {
      OutboundSseEvent event;
      RecordingId recording = null;
      synchronized (this) {
        if (closed) {
          draining = false;
          return;
        }
        if (resyncPending) {
          resyncPending = false;
          event = ready();
        } else if (!pending.isEmpty()) {
          Iterator<RecordingId> next = pending.iterator();
          recording = next.next();
          next.remove();
          event = null;
        } else if (pingPending) {
          pingPending = false;
          event = sse.newEventBuilder().comment("ping").build();
        } else {
          draining = false;
          return;
        }
      }
      if (recording != null) {
        event = recordingEvent(recording);
      }
      if (event != null && !send(event)) {
        close();
      }
    }
  }

  private OutboundSseEvent ready() {
    return sse.newEventBuilder().name("pronto").data(String.class, "{}").build();
  }

  private OutboundSseEvent recordingEvent(RecordingId recording) {
    try {
      return currentJson
          .apply(recording)
          .map(json -> sse.newEventBuilder().name("gravacao").data(String.class, json).build())
          .orElse(null);
    } catch (RuntimeException unreadable) {
      // The database is away: the feed reconnects after it and sends a resync then.
      LOG.log(Level.WARNING, "[Live] Gravação {0} não pôde ser lida: {1}", recording, unreadable);
      return null;
    }
  }

  private boolean send(OutboundSseEvent event) {
    if (sink.isClosed()) {
      return false;
    }
    try {
      sink.send(event).toCompletableFuture().get(SEND_TIMEOUT_SECONDS, TimeUnit.SECONDS);
      return true;
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
      return false;
    } catch (Exception gone) {
      return false;
    }
  }

  private static void closeQuietly(AutoCloseable watch) {
    try {
      watch.close();
    } catch (Exception ignored) {
      // Unsubscribing from an in-memory list cannot fail in a way worth reporting.
    }
  }
}
