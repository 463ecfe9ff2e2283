package br.com.gravacoes.adapters.persistence;

import static br.com.gravacoes.adapters.persistence.RecordingFixtures.NOW;
import static org.assertj.core.api.Assertions.assertThat;

import br.com.gravacoes.application.port.out.MirrorOutbox.Change;
import br.com.gravacoes.application.port.out.MirrorOutbox.TenantClaim;
import br.com.gravacoes.application.port.out.MirroredRecording;
import br.com.gravacoes.domain.meeting.Meeting;
import br.com.gravacoes.domain.recording.Recording;
import br.com.gravacoes.domain.recording.RecordingId;
import br.com.gravacoes.domain.recording.RecordingStatus;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What a holder reads: the tenant's pending changes, and the rows they name as they are now. */
class JpaMirrorOutboxChangesTest extends MirrorOutboxTestBase {

  @Test
  void givenChangesOfSeveralTenants_thenPendingGivesTheClaimedTenantsOldestFirstUpToTheLimit() {
    Recording refused = changedRecording(TENANT_A, NOW.minusSeconds(10));
    TenantClaim claim = claimAt(NOW);
    outbox.parked(claim, changesOf(refused.id(), "pendente"), "recusado", NOW);
    Recording first = changedRecording(TENANT_A, NOW.plusSeconds(1));
    Recording second = changedRecording(TENANT_A, NOW.plusSeconds(2));
    changed(first, NOW.plusSeconds(3));
    changedRecording(TENANT_B, NOW);
    List<Change> firstChanges = changesOf(first.id(), "pendente");

    List<Change> all = outbox.pending(claim, 10);

    assertThat(all)
        .containsExactly(
            firstChanges.get(0), changesOf(second.id(), "pendente").get(0), firstChanges.get(1));
    assertThat(outbox.pending(claim, 2)).containsExactlyElementsOf(all.subList(0, 2));
  }

  @Test
  void givenRecordingsWithEveryColumnSetOrNone_thenCurrentRowsCopiesThemAndSkipsMissingOnes() {
    Meeting meeting = RecordingFixtures.storedMeeting(meetings, TENANT_A);
    Recording full =
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
            NOW.plusSeconds(61).plus(MICROSECOND),
            61,
            "https://files.example/v.mp4",
            12_345_678_901L,
            "https://files.example/t.jpg",
            Map.of("origem", "reunião \"instantânea\""),
            NOW.minus(MICROSECOND),
            NOW.plusSeconds(62));
    recordings.insertIfRoomIdle(full);
    // Other writers (the seed, Supabase) keep numbers, booleans and objects in the metadata too.
    addMetadata(full.id(), "{\"tentativas\": 3, \"fonte\": {\"ok\": true, \"n\": [1, 2.5, null]}}");
    Recording claim =
        Recording.begin(
            RecordingId.newId(), RecordingFixtures.storedMeeting(meetings, TENANT_A), NOW);
    recordings.insertIfRoomIdle(claim);

    List<MirroredRecording> rows =
        outbox.currentRows(List.of(full.id(), RecordingId.newId(), claim.id()));

    assertThat(rows)
        .usingRecursiveFieldByFieldElementComparatorIgnoringFields("metadataJson")
        .containsExactlyInAnyOrder(
            new MirroredRecording(
                full.id().value(),
                meeting.id().value(),
                "tenant-a",
                meeting.roomId().value(),
                "session-1",
                "recording-1",
                "asset-1",
                "completed",
                NOW,
                NOW.plusSeconds(61).plus(MICROSECOND),
                61,
                "https://files.example/v.mp4",
                12_345_678_901L,
                "https://files.example/t.jpg",
                null,
                NOW.minus(MICROSECOND),
                NOW.plusSeconds(62)),
            new MirroredRecording(
                claim.id().value(),
                claim.meetingId().value(),
                "tenant-a",
                claim.roomId().value(),
                null,
                null,
                null,
                "recording",
                NOW,
                null,
                null,
                null,
                null,
                null,
                null,
                NOW,
                NOW));
    MirroredRecording fullRow =
        rows.stream().filter(row -> row.id().equals(full.id().value())).findFirst().orElseThrow();
    assertThat(json(fullRow.metadataJson()))
        .isEqualTo(
            json(
                "{\"origem\": \"reunião \\\"instantânea\\\"\", \"tentativas\": 3,"
                    + " \"fonte\": {\"ok\": true, \"n\": [1, 2.5, null]}}"));
    assertThat(fullRow.metadataJson()).isEqualTo(storedMetadataText(full.id()));
    assertThat(rows)
        .filteredOn(row -> row.id().equals(claim.id().value()))
        .extracting(MirroredRecording::metadataJson)
        .containsExactly("{}");
  }

  @Test
  void givenNoRecordings_thenCurrentRowsIsEmpty() {
    assertThat(outbox.currentRows(List.of())).isEmpty();
    assertThat(outbox.currentRows(List.of(RecordingId.newId()))).isEmpty();
  }

  private static void addMetadata(RecordingId recording, String json) {
    unit.inTransaction(
        em ->
            em.createNativeQuery(
                    "UPDATE gravacoes SET metadata = metadata || CAST(?1 AS jsonb) WHERE id = ?2")
                .setParameter(1, json)
                .setParameter(2, recording.value())
                .executeUpdate());
  }

  private static String storedMetadataText(RecordingId recording) {
    return unit.inTransaction(
        em ->
            (String)
                em.createNativeQuery("SELECT CAST(metadata AS text) FROM gravacoes WHERE id = ?1")
                    .setParameter(1, recording.value())
                    .getSingleResult());
  }

  private static JsonObject json(String text) {
    try (var reader = Json.createReader(new StringReader(text))) {
      return reader.readObject();
    }
  }
}
