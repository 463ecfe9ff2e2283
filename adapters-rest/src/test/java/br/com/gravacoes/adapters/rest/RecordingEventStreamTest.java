package br.com.gravacoes.adapters.rest;

import static org.assertj.core.api.Assertions.assertThat;

import br.com.gravacoes.domain.recording.RecordingId;
import jakarta.ws.rs.core.GenericType;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.sse.OutboundSseEvent;
import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.SseBroadcaster;
import jakarta.ws.rs.sse.SseEventSink;
import java.lang.reflect.Type;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class RecordingEventStreamTest {

  private final ExecutorService senders = Executors.newSingleThreadExecutor();
  private final RecordingSink sink = new RecordingSink();
  private final AtomicInteger reads = new AtomicInteger();
  private final List<RecordingEventStream> closed = new ArrayList<>();

  @AfterEach
  void stop() {
    sink.release();
    senders.shutdownNow();
  }

  @Test
  void
      givenChangesWhileTheClientIsSlow_thenTheFeedNeverWaitsAndEachRecordingGoesOutOnceWithItsLatestState()
          throws Exception {
    RecordingEventStream stream = stream();
    RecordingId a = RecordingId.newId();
    RecordingId b = RecordingId.newId();
    sink.hold();
    stream.resync();
    assertThat(sink.sending.await(2, TimeUnit.SECONDS)).isTrue();

    long before = System.nanoTime();
    for (int i = 0; i < 100; i++) {
      stream.changed(a);
      stream.changed(b);
    }
    assertThat(Duration.ofNanos(System.nanoTime() - before)).isLessThan(Duration.ofMillis(200));
    sink.release();

    waitFor(() -> sink.sent().size() == 3);
    assertThat(sink.sent()).containsExactly("pronto {}", "gravacao " + a, "gravacao " + b);
    assertThat(reads.get()).isEqualTo(2);
  }

  @Test
  void givenAResyncAfterQueuedChanges_thenOnlyProntoGoesOut() throws Exception {
    RecordingEventStream stream = stream();
    sink.hold();
    stream.ping();
    assertThat(sink.sending.await(2, TimeUnit.SECONDS)).isTrue();
    stream.changed(RecordingId.newId());
    stream.resync();
    sink.release();

    waitFor(() -> sink.sent().size() == 2);
    Thread.sleep(100);
    assertThat(sink.sent()).containsExactly(": ping", "pronto {}");
  }

  @Test
  void givenTheClientIsGone_thenAPingClosesTheStreamAndEndsTheWatch() throws Exception {
    RecordingEventStream stream = stream();
    AtomicBoolean unsubscribed = new AtomicBoolean();
    stream.subscribed(() -> unsubscribed.set(true));
    sink.gone = true;

    stream.ping();

    waitFor(stream::isClosed);
    assertThat(unsubscribed).isTrue();
    assertThat(closed).containsExactly(stream);
    assertThat(sink.closed).isTrue();
  }

  @Test
  void givenTheCallersTokenHasExpired_thenTheNextPingClosesTheStreamAndEndsTheWatch()
      throws Exception {
    Instant expiry = Instant.parse("2026-01-01T12:00:00Z");
    RecordingEventStream valid = streamUntil(expiry, expiry.minusSeconds(1));
    valid.ping();
    waitFor(() -> sink.sent().size() == 1);
    assertThat(valid.isClosed()).isFalse();

    RecordingEventStream expired = streamUntil(expiry, expiry);
    AtomicBoolean unsubscribed = new AtomicBoolean();
    expired.subscribed(() -> unsubscribed.set(true));
    expired.ping();

    assertThat(expired.isClosed()).isTrue();
    assertThat(unsubscribed).isTrue();
    assertThat(closed).containsExactly(expired);
    assertThat(sink.closed).isTrue();
    assertThat(sink.sent()).containsExactly(": ping");
  }

  @Test
  void givenARecordingThatNoLongerExists_thenNothingIsSent() throws Exception {
    RecordingEventStream stream =
        new RecordingEventStream(
            sink,
            new FakeSse(),
            id -> Optional.empty(),
            senders,
            closed::add,
            Instant.MAX,
            Clock.systemUTC());

    stream.changed(RecordingId.newId());
    stream.ping();

    waitFor(() -> sink.sent().size() == 1);
    assertThat(sink.sent()).containsExactly(": ping");
  }

  private RecordingEventStream streamUntil(Instant expiresAt, Instant now) {
    return new RecordingEventStream(
        sink,
        new FakeSse(),
        id -> Optional.of(id.toString()),
        senders,
        closed::add,
        expiresAt,
        Clock.fixed(now, ZoneOffset.UTC));
  }

  private RecordingEventStream stream() {
    return new RecordingEventStream(
        sink,
        new FakeSse(),
        id -> {
          reads.incrementAndGet();
          return Optional.of(id.toString());
        },
        senders,
        closed::add,
        Instant.MAX,
        Clock.systemUTC());
  }

  private static void waitFor(java.util.function.BooleanSupplier condition) throws Exception {
    long deadline = System.currentTimeMillis() + 2_000;
    while (!condition.getAsBoolean()) {
      assertThat(System.currentTimeMillis()).isLessThan(deadline);
      Thread.sleep(10);
    }
  }

  /** A client that writes what it got as "name data" (": comment" for comments). */
  private static final class RecordingSink implements SseEventSink {
    private final List<String> sent = new ArrayList<>();
    final CountDownLatch sending = new CountDownLatch(1);
    private volatile CountDownLatch held = new CountDownLatch(0);
    volatile boolean gone;
    volatile boolean closed;

    void hold() {
      held = new CountDownLatch(1);
    }

    void release() {
      held.countDown();
    }

    synchronized List<String> sent() {
      return new ArrayList<>(sent);
    }

    @Override
    public boolean isClosed() {
      return closed;
    }

    @Override
    public CompletionStage<?> send(OutboundSseEvent event) {
      sending.countDown();
      try {
        held.await(5, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      if (gone) {
        return CompletableFuture.failedFuture(new java.io.IOException("broken pipe"));
      }
      synchronized (this) {
        sent.add(
            event.getComment() != null
                ? ": " + event.getComment()
                : event.getName() + " " + event.getData());
      }
      return CompletableFuture.completedFuture(null);
    }

    @Override
    public void close() {
      closed = true;
    }
  }

  /** Just enough of JAX-RS's Sse to build the events the stream sends. */
  private static final class FakeSse implements Sse {
    @Override
    public OutboundSseEvent.Builder newEventBuilder() {
      return new Builder();
    }

    @Override
    public SseBroadcaster newBroadcaster() {
      throw new UnsupportedOperationException();
    }
  }

  private static final class Builder implements OutboundSseEvent.Builder {
    private String name;
    private String comment;
    private Object data;

    @Override
    public OutboundSseEvent.Builder id(String id) {
      return this;
    }

    @Override
    public OutboundSseEvent.Builder name(String name) {
      this.name = name;
      return this;
    }

    @Override
    public OutboundSseEvent.Builder reconnectDelay(long milliseconds) {
      return this;
    }

    @Override
    public OutboundSseEvent.Builder mediaType(MediaType mediaType) {
      return this;
    }

    @Override
    public OutboundSseEvent.Builder comment(String comment) {
      this.comment = comment;
      return this;
    }

    @Override
    public OutboundSseEvent.Builder data(Class type, Object data) {
      this.data = data;
      return this;
    }

    @Override
    public OutboundSseEvent.Builder data(GenericType type, Object data) {
      this.data = data;
      return this;
    }

    @Override
    public OutboundSseEvent.Builder data(Object data) {
      this.data = data;
      return this;
    }

    @Override
    public OutboundSseEvent build() {
      String n = name;
      String c = comment;
      Object d = data;
      return new OutboundSseEvent() {
        public Class<?> getType() {
          return String.class;
        }

        public Type getGenericType() {
          return String.class;
        }

        public MediaType getMediaType() {
          return MediaType.TEXT_PLAIN_TYPE;
        }

        public Object getData() {
          return d;
        }

        public String getId() {
          return null;
        }

        public String getName() {
          return n;
        }

        public String getComment() {
          return c;
        }

        public long getReconnectDelay() {
          return -1;
        }

        public boolean isReconnectDelaySet() {
          return false;
        }
      };
    }
  }
}
