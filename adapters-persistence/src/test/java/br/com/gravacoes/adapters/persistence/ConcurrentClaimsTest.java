package br.com.gravacoes.adapters.persistence;

import static br.com.gravacoes.adapters.persistence.RecordingFixtures.NOW;
import static br.com.gravacoes.adapters.persistence.RecordingFixtures.recording;
import static org.assertj.core.api.Assertions.assertThat;

import br.com.gravacoes.application.port.out.ReconcileSchedule.Ticket;
import br.com.gravacoes.domain.meeting.Meeting;
import br.com.gravacoes.domain.recording.Recording;
import br.com.gravacoes.domain.recording.RecordingId;
import br.com.gravacoes.domain.recording.RecordingStatus;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Two reconciler instances claiming at once split the due recordings, never sharing one. */
class ConcurrentClaimsTest extends RepositoryTestBase {

  private static final int DUE = 50;
  private static final int BATCH = 5;
  private static final Duration LEASE = Duration.ofMinutes(10);
  private static final Duration ACTIVE_AFTER = Duration.ofMinutes(5);
  private static final Duration UNCONFIRMED_AFTER = Duration.ofMinutes(1);

  @BeforeEach
  void noRecordings() {
    deleteAllRows("gravacoes");
  }

  @Test
  void givenTwoClaimersLoopingAtOnce_thenEveryDueRecordingIsClaimedExactlyOnce() throws Exception {
    Meeting meeting = RecordingFixtures.storedMeeting(meetings);
    List<RecordingId> due = new ArrayList<>();
    for (int i = 0; i < DUE; i++) {
      Recording processing = recording(meeting, RecordingStatus.PROCESSING, NOW, NOW);
      recordings.insertIfRoomIdle(processing);
      due.add(processing.id());
    }
    CountDownLatch go = new CountDownLatch(1);
    ExecutorService threads = Executors.newFixedThreadPool(2);
    try {
      Future<List<RecordingId>> first = threads.submit(claimUntilNothingIsLeft(go));
      Future<List<RecordingId>> second = threads.submit(claimUntilNothingIsLeft(go));
      go.countDown();
      List<RecordingId> claimed = new ArrayList<>(first.get(60, TimeUnit.SECONDS));
      claimed.addAll(second.get(60, TimeUnit.SECONDS));

      assertThat(claimed).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(due);
    } finally {
      threads.shutdownNow();
    }
  }

  /**
   * The race SKIP LOCKED alone misses: claimer B takes its snapshot, then waits on Y's schedule row
   * (another transaction holds it) before it reaches X; meanwhile A claims X and commits, which
   * releases X's lock. B then locks X and, by its old snapshot, sees it unclaimed.
   */
  @Test
  void givenAClaimerWhoseSnapshotPredatesAnothersClaim_thenItDoesNotClaimThatRecordingToo()
      throws Exception {
    Meeting meeting = RecordingFixtures.storedMeeting(meetings);
    Recording y = recording(meeting, RecordingStatus.PROCESSING, NOW, NOW);
    Recording x = recording(meeting, RecordingStatus.PROCESSING, NOW, NOW);
    recordings.insertIfRoomIdle(y);
    recordings.insertIfRoomIdle(x);
    // Y's check is due earlier than X's (which has no schedule row yet), so B reaches Y first.
    unit.inTransaction(
        em ->
            em.createNativeQuery(
                    "INSERT INTO reconciliacao_gravacoes (gravacao_id, proxima_verificacao)"
                        + " VALUES (?1, CAST(?2 AS timestamptz))")
                .setParameter(1, y.id().value())
                .setParameter(2, Timestamps.toColumn(NOW.minus(Duration.ofHours(1))))
                .executeUpdate());
    CountDownLatch holding = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    ExecutorService threads = Executors.newFixedThreadPool(2);
    try {
      Future<?> holder =
          threads.submit(
              () ->
                  unit.inTransaction(
                      em -> {
                        em.createNativeQuery(
                                "UPDATE reconciliacao_gravacoes SET ultimo_erro = 'ocupado'"
                                    + " WHERE gravacao_id = ?1")
                            .setParameter(1, y.id().value())
                            .executeUpdate();
                        holding.countDown();
                        return await(release);
                      }));
      holding.await(30, TimeUnit.SECONDS);
      Future<List<Ticket>> late = threads.submit(() -> claimAt(2));
      awaitABlockedStatement();

      List<Ticket> first = claimAt(2);
      release.countDown();
      holder.get(30, TimeUnit.SECONDS);
      List<Ticket> second = late.get(30, TimeUnit.SECONDS);

      assertThat(first).containsExactly(new Ticket(x.id(), 0, null));
      assertThat(second).containsExactly(new Ticket(y.id(), 0, null));
    } finally {
      release.countDown();
      threads.shutdownNow();
    }
  }

  /** The claimed tickets without their lease end, to compare by recording and attempts. */
  private static List<Ticket> claimAt(int limit) {
    return schedule.claimDue(NOW, limit, LEASE, ACTIVE_AFTER, UNCONFIRMED_AFTER).stream()
        .map(ticket -> new Ticket(ticket.id(), ticket.attempts(), null))
        .toList();
  }

  private static boolean await(CountDownLatch latch) {
    try {
      return latch.await(30, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static void awaitABlockedStatement() throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
    while (blockedStatements() == 0) {
      assertThat(System.nanoTime()).as("the late claimer waits on Y").isLessThan(deadline);
      Thread.sleep(20);
    }
  }

  private static long blockedStatements() {
    return unit.inTransaction(
        em ->
            ((Number)
                    em.createNativeQuery(
                            "SELECT count(*) FROM pg_stat_activity"
                                + " WHERE datname = current_database() AND wait_event_type = 'Lock'")
                        .getSingleResult())
                .longValue());
  }

  /** One instance's reconciler: claims batches, each in its own transaction, until none is due. */
  private static Callable<List<RecordingId>> claimUntilNothingIsLeft(CountDownLatch go) {
    return () -> {
      go.await();
      List<RecordingId> mine = new ArrayList<>();
      List<Ticket> batch;
      do {
        batch =
            schedule.claimDue(NOW.plusSeconds(1), BATCH, LEASE, ACTIVE_AFTER, UNCONFIRMED_AFTER);
        Set<RecordingId> ids = batch.stream().map(Ticket::id).collect(Collectors.toSet());
        assertThat(ids).hasSize(batch.size()).hasSizeLessThanOrEqualTo(BATCH);
        mine.addAll(ids);
      } while (!batch.isEmpty());
      return mine;
    };
  }
}
