package br.com.gravacoes.adapters.persistence;

import static br.com.gravacoes.adapters.persistence.RecordingFixtures.NOW;
import static org.assertj.core.api.Assertions.assertThat;

import br.com.gravacoes.application.port.in.EventOutcome;
import br.com.gravacoes.application.port.in.ProviderEvent;
import br.com.gravacoes.application.port.in.ProviderEventType;
import br.com.gravacoes.application.port.out.ProviderEventStore.Seen;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class JpaProviderEventStoreTest extends RepositoryTestBase {

  private static final int CONCURRENT_DELIVERIES = 20;
  private static final Duration MINUTE = Duration.ofMinutes(1);

  @BeforeEach
  void noEvents() {
    deleteAllRows("eventos_100ms");
  }

  @Test
  void givenDeliveriesOfOneEvent_thenItIsNewThenPendingThenDoneOnceMarked() {
    ProviderEvent event = fullEvent();

    assertThat(events.register(event, NOW)).isEqualTo(Seen.NEW);
    assertThat(events.register(event, NOW.plusSeconds(1))).isEqualTo(Seen.PENDING);
    events.markDone(event.id(), EventOutcome.APPLIED, NOW.plusSeconds(2));
    assertThat(events.register(event, NOW.plusSeconds(3))).isEqualTo(Seen.DONE);

    assertThat(column(event, "tentativas")).isEqualTo(3);
    assertThat(column(event, "resultado")).isEqualTo("APPLIED");
    assertThat(column(event, "recebido_em = CAST('2025-03-01T12:34:56.123456Z' AS timestamptz)"))
        .as("the first delivery's time stays")
        .isEqualTo(true);
  }

  @Test
  void givenPendingEventsOlderThanTheWindow_thenOnlyThoseAreClosedAsUnmatched() {
    ProviderEvent old = fullEvent();
    events.register(old, NOW);
    ProviderEvent handled = fullEvent();
    events.register(handled, NOW);
    events.markDone(handled.id(), EventOutcome.APPLIED, NOW);
    ProviderEvent recent = fullEvent();
    events.register(recent, NOW.plusSeconds(60));

    assertThat(events.expirePending(NOW.plusSeconds(30), NOW.plusSeconds(90))).isEqualTo(1);

    assertThat(column(old, "resultado")).isEqualTo("UNMATCHED");
    assertThat(column(handled, "resultado")).isEqualTo("APPLIED");
    assertThat(events.pending(NOW.minusSeconds(1), 10)).containsExactly(recent);
  }

  @Test
  void givenAHandledEvent_thenMarkingItAgainKeepsTheFirstOutcome() {
    ProviderEvent event = fullEvent();
    events.register(event, NOW);
    events.markDone(event.id(), EventOutcome.APPLIED, NOW.plusSeconds(1));

    events.markDone(event.id(), EventOutcome.IGNORED, NOW.plusSeconds(2));

    assertThat(column(event, "resultado")).isEqualTo("APPLIED");
    assertThat(column(event, "processado_em = CAST('2025-03-01T12:34:57.123456Z' AS timestamptz)"))
        .isEqualTo(true);
  }

  @Test
  void givenConcurrentDeliveriesOfOneEvent_thenExactlyOneIsNew() throws Exception {
    ProviderEvent event = fullEvent();
    CountDownLatch go = new CountDownLatch(1);
    ExecutorService threads = Executors.newFixedThreadPool(CONCURRENT_DELIVERIES);
    List<Future<Seen>> outcomes = new ArrayList<>();
    try {
      for (int i = 0; i < CONCURRENT_DELIVERIES; i++) {
        outcomes.add(
            threads.submit(
                () -> {
                  go.await();
                  return events.register(event, NOW);
                }));
      }
      go.countDown();
      List<Seen> seen = new ArrayList<>();
      for (Future<Seen> outcome : outcomes) {
        seen.add(outcome.get(30, TimeUnit.SECONDS));
      }

      assertThat(seen).filteredOn(Seen.NEW::equals).hasSize(1);
      assertThat(seen).filteredOn(Seen.PENDING::equals).hasSize(CONCURRENT_DELIVERIES - 1);
      assertThat(column(event, "tentativas")).isEqualTo(CONCURRENT_DELIVERIES);
    } finally {
      threads.shutdownNow();
    }
  }

  @Test
  void givenEventsInAndOutOfTheWindow_thenPendingGivesTheUnhandledOnesOldestFirstAndWhole() {
    Instant since = NOW.minus(Duration.ofHours(1));
    ProviderEvent tooOld = fullEvent();
    ProviderEvent older = fullEvent();
    ProviderEvent handled = fullEvent();
    ProviderEvent newer = bareEvent();
    events.register(tooOld, since.minusNanos(1_000));
    events.register(newer, NOW.minus(MINUTE));
    events.register(older, since);
    events.register(handled, NOW.minus(MINUTE.multipliedBy(2)));
    events.markDone(handled.id(), EventOutcome.IGNORED, NOW);

    assertThat(events.pending(since, 10)).containsExactly(older, newer);
    assertThat(events.pending(since, 1)).containsExactly(older);
  }

  /** An event with every fact set, as a failure or completion webhook may carry them. */
  private static ProviderEvent fullEvent() {
    return new ProviderEvent(
        "evt-" + UUID.randomUUID(),
        ProviderEventType.FAILED,
        "beam.failure",
        "hms-rec-1",
        "room-1",
        "session-1",
        NOW.minusSeconds(5),
        true,
        "upload falhou",
        "UPLOAD_ERROR",
        "bucket \"x\" recusou",
        3_600,
        9_876_543_210L,
        "beam/room-1/rec.mp4",
        "https://files.example/rec.mp4?sig=abc");
  }

  /** An event with only what 100ms always sends. */
  private static ProviderEvent bareEvent() {
    return new ProviderEvent(
        "evt-" + UUID.randomUUID(),
        ProviderEventType.STARTED,
        null,
        null,
        null,
        null,
        null,
        false,
        null,
        null,
        null,
        null,
        null,
        null,
        null);
  }

  private static Object column(ProviderEvent event, String expression) {
    return unit.inTransaction(
        em ->
            em.createNativeQuery("SELECT " + expression + " FROM eventos_100ms WHERE id = ?1")
                .setParameter(1, event.id())
                .getSingleResult());
  }
}
