package br.com.gravacoes.adapters.persistence;

import static br.com.gravacoes.adapters.persistence.RecordingFixtures.NOW;
import static br.com.gravacoes.adapters.persistence.RecordingFixtures.recording;
import static org.assertj.core.api.Assertions.assertThat;

import br.com.gravacoes.application.port.out.ReconcileSchedule.Ticket;
import br.com.gravacoes.domain.meeting.Meeting;
import br.com.gravacoes.domain.recording.Recording;
import br.com.gravacoes.domain.recording.RecordingAsset;
import br.com.gravacoes.domain.recording.RecordingId;
import br.com.gravacoes.domain.recording.RecordingStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class JpaReconcileScheduleTest extends RepositoryTestBase {

  private static final Duration LEASE = Duration.ofMinutes(2);
  private static final Duration ACTIVE_AFTER = Duration.ofMinutes(5);
  private static final Duration UNCONFIRMED_AFTER = Duration.ofMinutes(1);

  @BeforeEach
  void noRecordings() {
    deleteAllRows("gravacoes");
  }

  @Test
  void givenRecordingsInEveryState_thenProcessingAndLongEnoughActiveOnesAreClaimed() {
    Recording processing = store(RecordingStatus.PROCESSING, NOW.minusSeconds(10));
    Recording longActive = store(RecordingStatus.RECORDING, NOW.minus(ACTIVE_AFTER));
    store(RecordingStatus.RECORDING, NOW.minus(ACTIVE_AFTER).plusNanos(1_000));
    store(RecordingStatus.RECORDING, NOW.minus(UNCONFIRMED_AFTER));
    Recording abandonedClaim = storeUnconfirmed(NOW.minus(UNCONFIRMED_AFTER));
    storeUnconfirmed(NOW.minus(UNCONFIRMED_AFTER).plusNanos(1_000));
    store(RecordingStatus.COMPLETED, NOW.minus(Duration.ofHours(1)));
    store(RecordingStatus.FAILED, NOW.minus(Duration.ofHours(1)));

    List<Ticket> claimed = claimAt(NOW, 10);

    assertThat(claimed)
        .containsExactlyInAnyOrder(
            new Ticket(processing.id(), 0, null),
            new Ticket(longActive.id(), 0, null),
            new Ticket(abandonedClaim.id(), 0, null));
  }

  @Test
  void givenMoreDueThanTheLimit_thenTheLongestWaitingAreClaimedFirst() {
    Recording newest = store(RecordingStatus.PROCESSING, NOW.minusSeconds(1));
    Recording oldest = store(RecordingStatus.PROCESSING, NOW.minusSeconds(30));
    Recording middle = store(RecordingStatus.PROCESSING, NOW.minusSeconds(20));

    assertThat(claimAt(NOW, 2))
        .containsExactlyInAnyOrder(
            new Ticket(oldest.id(), 0, null), new Ticket(middle.id(), 0, null));
    assertThat(claimAt(NOW, 2)).containsExactly(new Ticket(newest.id(), 0, null));
  }

  @Test
  void givenAClaimedRecording_thenNobodyClaimsItAgainUntilTheLeaseEnds() {
    Recording processing = store(RecordingStatus.PROCESSING, NOW);
    claimAt(NOW, 10);

    assertThat(claimAt(NOW.plus(LEASE).minusNanos(1_000), 10)).isEmpty();
    assertThat(claimAt(NOW.plus(LEASE), 10))
        .as("the holder died without rescheduling: another instance takes over")
        .containsExactly(new Ticket(processing.id(), 0, null));
  }

  @Test
  void givenARescheduledRecording_thenItIsReleasedAndDueAgainAtItsNextCheckWithTheAttempt() {
    Recording processing = store(RecordingStatus.PROCESSING, NOW);
    Ticket first = claimTicketsAt(NOW, 10).get(0);
    Instant next = NOW.plus(Duration.ofMinutes(10));

    schedule.reschedule(first, next, "100ms indisponível", NOW);

    assertThat(scheduleColumn(processing.id(), "tentativas")).isEqualTo(1);
    assertThat(scheduleColumn(processing.id(), "reservado_ate IS NULL")).isEqualTo(true);
    assertThat(scheduleColumn(processing.id(), "ultimo_erro")).isEqualTo("100ms indisponível");
    assertThat(claimAt(next.minusNanos(1_000), 10)).isEmpty();
    Ticket second = claimTicketsAt(next, 10).get(0);
    assertThat(second).isEqualTo(new Ticket(processing.id(), 1, next.plus(LEASE)));

    schedule.reschedule(second, next.plus(Duration.ofMinutes(20)), null, NOW);

    assertThat(scheduleColumn(processing.id(), "tentativas")).isEqualTo(2);
    assertThat(scheduleColumn(processing.id(), "ultimo_erro")).isNull();
  }

  @Test
  void givenAFinishedRecording_thenItsScheduleIsForgotten() {
    Recording processing = store(RecordingStatus.PROCESSING, NOW);
    Ticket claimed = claimTicketsAt(NOW, 10).get(0);

    schedule.finish(claimed);

    assertThat(scheduleRows(processing.id())).isZero();
  }

  @Test
  void givenARecordingCompletedElsewhere_thenForgettingFinishedDropsOnlyItsSchedule() {
    Recording stillProcessing = store(RecordingStatus.PROCESSING, NOW);
    Recording completedByWebhook = store(RecordingStatus.PROCESSING, NOW);
    claimAt(NOW, 10);
    recordings.update(
        completedByWebhook.complete(new RecordingAsset("a", 1, 1L), "https://u", NOW),
        RecordingStatus.PROCESSING);

    schedule.forgetFinished();

    assertThat(scheduleRows(completedByWebhook.id())).isZero();
    assertThat(scheduleRows(stillProcessing.id())).isEqualTo(1);
  }

  @Test
  void givenARecordingThatChangedAfterItsLastCheck_thenItIsDueAtOnceWithItsBackoffReset() {
    Recording active = store(RecordingStatus.RECORDING, NOW.minus(ACTIVE_AFTER));
    schedule.reschedule(claimTicketsAt(NOW, 10).get(0), NOW, null, NOW);
    schedule.reschedule(claimTicketsAt(NOW, 10).get(0), NOW.plus(Duration.ofMinutes(5)), null, NOW);
    assertThat(scheduleColumn(active.id(), "tentativas")).isEqualTo(2);
    assertThat(claimAt(NOW.plusSeconds(10), 10)).isEmpty();

    Recording stopped = recordings.findById(active.id()).orElseThrow().stop(NOW.plusSeconds(20));
    recordings.update(stopped, RecordingStatus.RECORDING);

    assertThat(claimAt(NOW.plusSeconds(30), 10)).containsExactly(new Ticket(active.id(), 0, null));
  }

  @Test
  void aHolderWhoseLeaseRanOut_cannotTouchTheNextHoldersClaim() {
    Recording processing = store(RecordingStatus.PROCESSING, NOW);
    Ticket stale = claimTicketsAt(NOW, 10).get(0);
    Ticket current = claimTicketsAt(NOW.plus(LEASE), 10).get(0);

    schedule.reschedule(stale, NOW.plus(Duration.ofHours(1)), "atrasado", NOW.plus(LEASE));
    schedule.finish(stale);

    assertThat(scheduleRows(processing.id())).isEqualTo(1);
    assertThat(scheduleColumn(processing.id(), "ultimo_erro")).isNull();
    assertThat(claimAt(NOW.plus(LEASE).plusSeconds(1), 10))
        .as("still leased to the current")
        .isEmpty();
    schedule.finish(current);
    assertThat(scheduleRows(processing.id())).isZero();
  }

  @Test
  void givenAnAbandonedClaimThatIsDeleted_thenItsScheduleGoesWithIt() {
    Recording unconfirmed = storeUnconfirmed(NOW.minus(UNCONFIRMED_AFTER));
    assertThat(claimAt(NOW, 10)).containsExactly(new Ticket(unconfirmed.id(), 0, null));

    recordings.deleteUnconfirmed(unconfirmed.id());

    assertThat(scheduleRows(unconfirmed.id())).isZero();
  }

  /** The claimed tickets without their lease end, to compare by recording and attempts. */
  private static List<Ticket> claimAt(Instant now, int limit) {
    return claimTicketsAt(now, limit).stream()
        .map(ticket -> new Ticket(ticket.id(), ticket.attempts(), null))
        .toList();
  }

  private static List<Ticket> claimTicketsAt(Instant now, int limit) {
    return schedule.claimDue(now, limit, LEASE, ACTIVE_AFTER, UNCONFIRMED_AFTER);
  }

  /** A confirmed recording in a room of its own (one active per room), created at that time. */
  private static Recording store(RecordingStatus status, Instant createdAt) {
    Meeting meeting = RecordingFixtures.storedMeeting(meetings);
    Recording recording = recording(meeting, status, createdAt, createdAt);
    assertThat(recordings.insertIfRoomIdle(recording)).isTrue();
    return recording;
  }

  /** A start claim 100ms never confirmed, in a room of its own, created at that time. */
  private static Recording storeUnconfirmed(Instant createdAt) {
    Recording claim =
        Recording.begin(RecordingId.newId(), RecordingFixtures.storedMeeting(meetings), createdAt);
    assertThat(recordings.insertIfRoomIdle(claim)).isTrue();
    return claim;
  }

  private static Object scheduleColumn(RecordingId id, String expression) {
    return unit.inTransaction(
        em ->
            em.createNativeQuery(
                    "SELECT " + expression + " FROM reconciliacao_gravacoes WHERE gravacao_id = ?1")
                .setParameter(1, id.value())
                .getSingleResult());
  }

  private static long scheduleRows(RecordingId id) {
    return unit.inTransaction(
        em ->
            ((Number)
                    em.createNativeQuery(
                            "SELECT count(*) FROM reconciliacao_gravacoes WHERE gravacao_id = ?1")
                        .setParameter(1, id.value())
                        .getSingleResult())
                .longValue());
  }
}
