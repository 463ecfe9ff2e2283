package br.com.gravacoes.adapters.persistence;

import static br.com.gravacoes.adapters.persistence.RecordingFixtures.recording;
import static org.assertj.core.api.Assertions.assertThat;

import br.com.gravacoes.application.port.out.MirrorOutbox.Change;
import br.com.gravacoes.application.port.out.MirrorOutbox.TenantClaim;
import br.com.gravacoes.domain.recording.Recording;
import br.com.gravacoes.domain.recording.RecordingAsset;
import br.com.gravacoes.domain.recording.RecordingId;
import br.com.gravacoes.domain.recording.RecordingStatus;
import br.com.gravacoes.domain.tenant.TenantId;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;

/**
 * The mirror's outbox with no changes, tenant state or project before each test (claims see every
 * tenant), and the changes tests start from, written the way the application writes them: by
 * updating a recording.
 */
abstract class MirrorOutboxTestBase extends RepositoryTestBase {

  static final Duration LEASE = Duration.ofMinutes(2);
  static final Duration MICROSECOND = Duration.ofNanos(1_000);
  static final TenantId TENANT_A = new TenantId("tenant-a");
  static final TenantId TENANT_B = new TenantId("tenant-b");

  @BeforeEach
  void emptyOutbox() {
    deleteAllRows("espelho_eventos");
    deleteAllRows("espelho_tenants");
    deleteAllRows("supabase_config");
  }

  /** A confirmed recording of the tenant, processing, stored without a change to mirror. */
  static Recording storedRecording(TenantId tenant, Instant createdAt) {
    Recording processing =
        recording(
            RecordingFixtures.storedMeeting(meetings, tenant),
            RecordingStatus.PROCESSING,
            createdAt,
            createdAt);
    assertThat(recordings.insertIfRoomIdle(processing)).isTrue();
    return processing;
  }

  /** A new recording of the tenant with one pending change, made at {@code at}. */
  static Recording changedRecording(TenantId tenant, Instant at) {
    return changed(storedRecording(tenant, at.minusSeconds(60)), at);
  }

  /** The recording changed once more at {@code at} (completed, then a fresh playback URL). */
  static Recording changed(Recording recording, Instant at) {
    Recording next =
        recording.status() == RecordingStatus.COMPLETED
            ? recording.refreshPlayback(null, "https://files.example/" + at.toEpochMilli(), at)
            : recording.complete(
                new RecordingAsset("asset-" + recording.id(), 61, 1_000L),
                "https://files.example/v.mp4",
                at);
    assertThat(recordings.update(next, recording.status())).isTrue();
    return next;
  }

  static TenantClaim claimAt(Instant now) {
    return outbox.claimTenant(now, LEASE).orElseThrow();
  }

  static Optional<TenantId> claimedTenantAt(Instant now) {
    return outbox.claimTenant(now, LEASE).map(TenantClaim::tenant);
  }

  /** The recording's changes in the outbox in that state ('pendente' or 'parado'), oldest first. */
  static List<Change> changesOf(RecordingId recording, String state) {
    return unit.inTransaction(
        em ->
            em
                .createNativeQuery(
                    "SELECT id FROM espelho_eventos WHERE gravacao_id = ?1 AND estado = ?2"
                        + " ORDER BY id")
                .setParameter(1, recording.value())
                .setParameter(2, state)
                .getResultList()
                .stream()
                .map(id -> new Change(((Number) id).longValue(), recording))
                .toList());
  }

  static long outboxRows() {
    return unit.inTransaction(
        em ->
            ((Number)
                    em.createNativeQuery("SELECT count(*) FROM espelho_eventos").getSingleResult())
                .longValue());
  }

  /** A column (or SQL expression) of the tenant's delivery state; timestamps as instants. */
  static Object tenantState(TenantId tenant, String expression) {
    Object value =
        unit.inTransaction(
            em ->
                em.createNativeQuery(
                        "SELECT " + expression + " FROM espelho_tenants WHERE tenant_id = ?1")
                    .setParameter(1, tenant.value())
                    .getSingleResult());
    return value instanceof java.sql.Timestamp ? Timestamps.fromResult(value) : value;
  }
}
