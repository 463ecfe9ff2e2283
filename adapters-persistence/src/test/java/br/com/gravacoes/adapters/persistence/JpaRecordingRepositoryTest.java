package br.com.gravacoes.adapters.persistence;

import static br.com.gravacoes.adapters.persistence.RecordingFixtures.NOW;
import static br.com.gravacoes.adapters.persistence.RecordingFixtures.confirmed;
import static org.assertj.core.api.Assertions.assertThat;

import br.com.gravacoes.domain.meeting.Meeting;
import br.com.gravacoes.domain.recording.Recording;
import br.com.gravacoes.domain.recording.RecordingAsset;
import br.com.gravacoes.domain.recording.RecordingId;
import br.com.gravacoes.domain.recording.RecordingStatus;
import br.com.gravacoes.domain.tenant.TenantId;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class JpaRecordingRepositoryTest extends RepositoryTestBase {

  @Test
  void givenEveryFieldSet_thenTheRecordingReadBackIsEqual() {
    Meeting meeting = RecordingFixtures.storedMeeting(meetings);
    Recording stored =
        new Recording(
            RecordingId.newId(),
            meeting.id(),
            meeting.tenantId(),
            meeting.roomId(),
            "session-1",
            "recording-1",
            "asset-1",
            RecordingStatus.COMPLETED,
            NOW,
            NOW.plusSeconds(61).plusNanos(7_000),
            61,
            "https://files.example/v.mp4",
            12_345_678_901L,
            "https://files.example/t.jpg",
            Map.of("origem", "reunião \"instantânea\"", Recording.FAILURE_REASON, "{}"),
            NOW.minusMillis(1),
            NOW.plusSeconds(62));

    assertThat(recordings.insertIfRoomIdle(stored)).isTrue();

    assertThat(recordings.findById(stored.id())).get().usingRecursiveComparison().isEqualTo(stored);
    Object storedAsWritten =
        unit.inTransaction(
            em ->
                em.createNativeQuery(
                        "SELECT started_at = CAST(?1 AS timestamptz) AND metadata ->> 'origem' = ?2"
                            + " FROM gravacoes WHERE id = ?3")
                    .setParameter(1, "2025-03-01T12:34:56.123456Z")
                    .setParameter(2, "reunião \"instantânea\"")
                    .setParameter(3, stored.id().value())
                    .getSingleResult());
    assertThat(storedAsWritten)
        .as("the instant and the JSON object PostgreSQL holds, whatever the JVM's zone")
        .isEqualTo(true);
  }

  @Test
  void givenTheExpectedStatus_thenUpdateStoresEveryMutableColumn() {
    Recording active = Recording.begin(RecordingId.newId(), storedMeeting(), NOW);
    recordings.insertIfRoomIdle(active);
    Recording failed = confirmed(active).fail("100ms recusou", NOW.plusSeconds(3));

    assertThat(recordings.update(failed, RecordingStatus.RECORDING)).isTrue();
    assertThat(recordings.findById(active.id())).get().isEqualTo(failed);
  }

  @Test
  void givenTheWrongExpectedStatus_thenUpdateChangesNothing() {
    Recording active = confirmed(Recording.begin(RecordingId.newId(), storedMeeting(), NOW));
    recordings.insertIfRoomIdle(active);

    boolean updated =
        recordings.update(
            active.complete(new RecordingAsset("asset-9", 10, 20L), "https://u", NOW),
            RecordingStatus.PROCESSING);

    assertThat(updated).isFalse();
    assertThat(recordings.findById(active.id())).get().isEqualTo(active);
  }

  @Test
  void givenAStored100msId_thenAReplacementWithoutItOrWithAnotherIsRefused() {
    Recording claim = Recording.begin(RecordingId.newId(), storedMeeting(), NOW);
    recordings.insertIfRoomIdle(claim);
    Recording confirmed = confirmed(claim);
    recordings.update(confirmed, RecordingStatus.RECORDING);

    boolean staleCopy =
        recordings.update(claim.fail("início não confirmado", NOW), RecordingStatus.RECORDING);
    boolean otherId =
        recordings.update(
            claim.confirmStart("session-x", "hms-outra", NOW), RecordingStatus.RECORDING);

    assertThat(staleCopy).isFalse();
    assertThat(otherId).isFalse();
    assertThat(recordings.findById(claim.id())).contains(confirmed);
  }

  @Test
  void givenAClaimThat100msNeverConfirmed_thenDeleteUnconfirmedRemovesIt() {
    Recording claim = Recording.begin(RecordingId.newId(), storedMeeting(), NOW);
    recordings.insertIfRoomIdle(claim);

    recordings.deleteUnconfirmed(claim.id());

    assertThat(recordings.findById(claim.id())).isEmpty();
  }

  @Test
  void givenAConfirmedRecording_thenDeleteUnconfirmedKeepsIt() {
    Recording confirmed = confirmed(Recording.begin(RecordingId.newId(), storedMeeting(), NOW));
    recordings.insertIfRoomIdle(confirmed);

    recordings.deleteUnconfirmed(confirmed.id());

    assertThat(recordings.findById(confirmed.id())).get().isEqualTo(confirmed);
  }

  @Test
  void givenOnlyProcessingAndCompletedRecordings_thenFindActiveByRoomIsEmpty() {
    Meeting meeting = storedMeeting();
    Recording processing = confirmed(Recording.begin(RecordingId.newId(), meeting, NOW));
    recordings.insertIfRoomIdle(processing);
    recordings.update(processing.stop(NOW), RecordingStatus.RECORDING);
    Recording completed = confirmed(Recording.begin(RecordingId.newId(), meeting, NOW));
    recordings.insertIfRoomIdle(completed);
    recordings.update(
        completed.complete(new RecordingAsset("a", 1, 1L), null, NOW), RecordingStatus.RECORDING);

    assertThat(recordings.findActiveByRoom(meeting.roomId())).isEmpty();
  }

  @Test
  void
      givenRecordingsOfSeveralTenantsAndStatuses_thenFindActiveByTenantGivesOnlyTheTenantsActive() {
    TenantId tenant = new TenantId("tenant-" + UUID.randomUUID());
    Meeting first = RecordingFixtures.storedMeeting(meetings, tenant);
    Meeting second = RecordingFixtures.storedMeeting(meetings, tenant);
    Meeting idle = RecordingFixtures.storedMeeting(meetings, tenant);
    Meeting other =
        RecordingFixtures.storedMeeting(meetings, new TenantId("tenant-" + UUID.randomUUID()));
    Recording activeFirst = confirmed(Recording.begin(RecordingId.newId(), first, NOW));
    Recording activeSecond = Recording.begin(RecordingId.newId(), second, NOW);
    Recording stopped = confirmed(Recording.begin(RecordingId.newId(), idle, NOW));
    Recording activeOther = confirmed(Recording.begin(RecordingId.newId(), other, NOW));
    recordings.insertIfRoomIdle(activeFirst);
    recordings.insertIfRoomIdle(activeSecond);
    recordings.insertIfRoomIdle(stopped);
    recordings.update(stopped.stop(NOW), RecordingStatus.RECORDING);
    recordings.insertIfRoomIdle(activeOther);

    assertThat(recordings.findActiveByTenant(tenant))
        .containsExactlyInAnyOrder(activeFirst, activeSecond);
    assertThat(recordings.findActiveByTenant(new TenantId("tenant-" + UUID.randomUUID())))
        .isEmpty();
  }

  @Test
  void givenMetadataWithNonTextValuesWrittenByOthers_thenUpdatesKeepThemIntact() {
    Recording recording = confirmed(Recording.begin(RecordingId.newId(), storedMeeting(), NOW));
    recordings.insertIfRoomIdle(recording);
    unit.inTransaction(
        em ->
            em.createNativeQuery(
                    "UPDATE gravacoes SET metadata ="
                        + " '{\"tentativas\": 2, \"origem\": \"web\", \"extra\": {\"a\": [1]}}'"
                        + " WHERE id = ?1")
                .setParameter(1, recording.id().value())
                .executeUpdate());
    Recording read = recordings.findById(recording.id()).orElseThrow();
    assertThat(read.metadata()).isEqualTo(Map.of("origem", "web"));

    recordings.update(read.stopReported("last peer left", NOW), RecordingStatus.RECORDING);

    String stored =
        unit.inTransaction(
            em ->
                (String)
                    em.createNativeQuery(
                            "SELECT CAST(metadata AS text) FROM gravacoes WHERE id = ?1")
                        .setParameter(1, recording.id().value())
                        .getSingleResult());
    assertThat(stored)
        .contains("\"tentativas\": 2")
        .contains("\"extra\": {\"a\": [1]}")
        .contains("\"origem\": \"web\"")
        .contains("\"stop_reason\": \"last peer left\"");
  }

  @Test
  void aClaimAlreadyMovedOnIsNeverDeletedAsUnconfirmed() {
    Recording claim = Recording.begin(RecordingId.newId(), storedMeeting(), NOW);
    recordings.insertIfRoomIdle(claim);
    recordings.update(claim.stop(NOW), RecordingStatus.RECORDING);

    recordings.deleteUnconfirmed(claim.id());

    assertThat(recordings.findById(claim.id())).isPresent();
  }

  @Test
  void givenA100msRecordingId_thenFindByHmsRecordingIdFindsThatRecordingOnly() {
    Recording wanted = confirmed(Recording.begin(RecordingId.newId(), storedMeeting(), NOW));
    Recording other = confirmed(Recording.begin(RecordingId.newId(), storedMeeting(), NOW));
    recordings.insertIfRoomIdle(wanted);
    recordings.insertIfRoomIdle(other);

    assertThat(recordings.findByHmsRecordingId(wanted.hmsRecordingId())).contains(wanted);
    assertThat(recordings.findByHmsRecordingId("hms-desconhecida")).isEmpty();
  }

  @Test
  void givenTwoRecordingsOfOneSession_thenFindByRoomAndSessionNamesNeither() {
    Meeting meeting = storedMeeting();
    Recording older =
        Recording.begin(RecordingId.newId(), meeting, NOW)
            .confirmStart("session-shared", "hms-older", NOW);
    recordings.insertIfRoomIdle(older);
    recordings.update(older.stop(NOW.plusSeconds(30)), RecordingStatus.RECORDING);
    Recording newer =
        Recording.begin(RecordingId.newId(), meeting, NOW.plusSeconds(40))
            .confirmStart("session-shared", "hms-newer", NOW.plusSeconds(40));
    recordings.insertIfRoomIdle(newer);
    Recording elsewhere =
        Recording.begin(RecordingId.newId(), storedMeeting(), NOW.plusSeconds(50))
            .confirmStart("session-shared", "hms-elsewhere", NOW.plusSeconds(50));
    recordings.insertIfRoomIdle(elsewhere);

    assertThat(recordings.findByRoomAndSession(meeting.roomId(), "session-shared")).isEmpty();
    assertThat(recordings.findByRoomAndSession(meeting.roomId(), "session-other")).isEmpty();
    assertThat(recordings.findByRoomAndSession(elsewhere.roomId(), "session-shared"))
        .contains(elsewhere);
  }

  @Test
  void givenACompletedRecordingKnownOnlyByItsFileUrl_thenItIsReadBackWithoutAssetId() {
    Recording active = confirmed(Recording.begin(RecordingId.newId(), storedMeeting(), NOW));
    recordings.insertIfRoomIdle(active);
    Recording completed =
        active.complete(
            new RecordingAsset(null, "beam/room/rec.mp4", 42, 1_000L),
            "https://files.example/rec.mp4",
            NOW.plusSeconds(50));

    assertThat(recordings.update(completed, RecordingStatus.RECORDING)).isTrue();

    Recording read = recordings.findById(active.id()).orElseThrow();
    assertThat(read).isEqualTo(completed);
    assertThat(read.assetId()).isNull();
    assertThat(read.metadata()).containsEntry(Recording.RECORDING_PATH, "beam/room/rec.mp4");
  }

  @Test
  void givenAnUnknownId_thenFindByIdIsEmpty() {
    assertThat(recordings.findById(RecordingId.newId())).isEmpty();
  }

  private static Meeting storedMeeting() {
    return RecordingFixtures.storedMeeting(meetings);
  }
}
