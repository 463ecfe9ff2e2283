package br.com.gravacoes.adapters.persistence;

import static br.com.gravacoes.adapters.persistence.RecordingFixtures.NOW;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import br.com.gravacoes.domain.recording.Recording;
import br.com.gravacoes.domain.recording.RecordingAsset;
import br.com.gravacoes.domain.recording.RecordingId;
import br.com.gravacoes.domain.recording.RecordingStatus;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A recording's change and its mirror event commit together or not at all. */
class RecordingChangeEventsTest extends MirrorOutboxTestBase {

  /**
   * One outbox row as stored: recording, tenant, time, state, and whether the time is the row's.
   */
  record Event(RecordingId recording, String tenant, Instant at, String state, boolean rowsTime) {}

  @Test
  void givenAnUpdateThatApplies_thenExactlyOnePendingEventNamesTheRecordingItsTenantAndItsTime() {
    Recording stored = storedRecording(TENANT_B, NOW);
    Instant at = NOW.plusSeconds(5).plus(MICROSECOND);

    changed(stored, at);

    assertThat(events(stored.id()))
        .containsExactly(new Event(stored.id(), TENANT_B.value(), at, "pendente", true));
  }

  @Test
  void givenSeveralUpdates_thenEachWritesItsOwnEventInOrder() {
    Recording stored = storedRecording(TENANT_A, NOW);

    changed(changed(stored, NOW.plusSeconds(1)), NOW.plusSeconds(2));

    assertThat(events(stored.id()))
        .extracting(Event::at)
        .containsExactly(NOW.plusSeconds(1), NOW.plusSeconds(2));
  }

  @Test
  void givenAnUpdateRefusedForItsStaleStatus_thenNoEventIsWritten() {
    Recording processing = storedRecording(TENANT_A, NOW);

    boolean updated =
        recordings.update(
            processing.complete(new RecordingAsset("asset-x", 1, 1L), "https://u", NOW),
            RecordingStatus.RECORDING);

    assertThat(updated).isFalse();
    assertThat(events(processing.id())).isEmpty();
  }

  @Test
  void givenAnUpdateRefusedForAnotherHmsRecordingId_thenNoEventIsWritten() {
    Recording processing = storedRecording(TENANT_A, NOW);
    Recording otherCopy =
        new Recording(
            processing.id(),
            processing.meetingId(),
            processing.tenantId(),
            processing.roomId(),
            processing.hmsSessionId(),
            "hms-other",
            null,
            RecordingStatus.PROCESSING,
            processing.startedAt(),
            null,
            null,
            null,
            null,
            null,
            processing.metadata(),
            processing.createdAt(),
            processing.updatedAt());

    boolean updated =
        recordings.update(
            otherCopy.complete(new RecordingAsset("asset-x", 1, 1L), "https://u", NOW),
            RecordingStatus.PROCESSING);

    assertThat(updated).isFalse();
    assertThat(events(processing.id())).isEmpty();
  }

  @Test
  void givenAStartClaimOrAnInsertedRecording_thenNoEventIsWritten() {
    Recording claim =
        Recording.begin(
            RecordingId.newId(), RecordingFixtures.storedMeeting(meetings, TENANT_A), NOW);

    assertThat(recordings.insertIfRoomIdle(claim)).isTrue();
    Recording inserted = storedRecording(TENANT_A, NOW);

    assertThat(events(claim.id())).isEmpty();
    assertThat(events(inserted.id())).isEmpty();
    assertThat(outboxRows()).isZero();
  }

  @Test
  void givenAnUpdateWhoseTransactionRollsBack_thenNeitherTheChangeNorItsEventRemains() {
    Recording stored = storedRecording(TENANT_A, NOW);
    Recording completed =
        stored.complete(new RecordingAsset("asset-r", 1, 1L), "https://u", NOW.plusSeconds(1));

    assertThatThrownBy(
            () ->
                unit.inTransaction(
                    em -> {
                      boolean updated =
                          new JpaRecordingRepository(em).update(completed, stored.status());
                      if (!updated || eventsSeenBy(em, stored.id()) != 1) {
                        throw new AssertionError("the update and its event were not written");
                      }
                      throw new IllegalStateException("a later step failed");
                    }))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("a later step failed");

    assertThat(recordings.findById(stored.id())).contains(stored);
    assertThat(events(stored.id())).isEmpty();
  }

  private static long eventsSeenBy(EntityManager em, RecordingId recording) {
    return ((Number)
            em.createNativeQuery("SELECT count(*) FROM espelho_eventos WHERE gravacao_id = ?1")
                .setParameter(1, recording.value())
                .getSingleResult())
        .longValue();
  }

  private static List<Event> events(RecordingId recording) {
    List<?> rows =
        unit.inTransaction(
            em ->
                em.createNativeQuery(
                        "SELECT e.tenant_id, e.criado_em, e.estado, e.criado_em = g.updated_at"
                            + " FROM espelho_eventos e LEFT JOIN gravacoes g ON g.id = e.gravacao_id"
                            + " WHERE e.gravacao_id = ?1 ORDER BY e.id")
                    .setParameter(1, recording.value())
                    .getResultList());
    return rows.stream()
        .map(Object[].class::cast)
        .map(
            row ->
                new Event(
                    recording,
                    (String) row[0],
                    Timestamps.fromResult(row[1]),
                    (String) row[2],
                    Boolean.TRUE.equals(row[3])))
        .toList();
  }
}
