package br.com.gravacoes.adapters.persistence;

import static br.com.gravacoes.adapters.persistence.RecordingFixtures.NOW;
import static org.assertj.core.api.Assertions.assertThat;

import br.com.gravacoes.application.port.out.MirrorOutbox.Change;
import br.com.gravacoes.application.port.out.MirrorOutbox.TenantClaim;
import br.com.gravacoes.domain.recording.Recording;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What each outcome of a delivery does to the changes and, for the lease holder only, the tenant.
 */
class JpaMirrorOutboxOutcomeTest extends MirrorOutboxTestBase {

  @Test
  void givenDeliveredChanges_thenOnlyThoseAreForgottenNotChangesThatArrivedMeanwhile() {
    Recording first = changedRecording(TENANT_A, NOW);
    Recording second = changedRecording(TENANT_A, NOW);
    Recording otherTenants = changedRecording(TENANT_B, NOW);
    TenantClaim claim = claimAt(NOW);
    List<Change> sent = outbox.pending(claim, 10);
    changed(first, NOW.plusSeconds(1));
    Change arrivedMeanwhile = changesOf(first.id(), "pendente").get(1);

    outbox.delivered(claim, sent, NOW.plusSeconds(2));

    assertThat(changesOf(first.id(), "pendente")).containsExactly(arrivedMeanwhile);
    assertThat(changesOf(second.id(), "pendente")).isEmpty();
    assertThat(changesOf(otherTenants.id(), "pendente")).hasSize(1);
  }

  @Test
  void givenParkedChangesOfADeliveredRecording_thenTheyAreForgottenAndOthersStayParked() {
    Recording redelivered = changedRecording(TENANT_A, NOW);
    Recording stillRefused = changedRecording(TENANT_A, NOW);
    TenantClaim claim = claimAt(NOW);
    outbox.parked(claim, outbox.pending(claim, 10), "recusado", NOW);
    changed(redelivered, NOW.plusSeconds(1));
    List<Change> parkedBefore = changesOf(stillRefused.id(), "parado");

    outbox.delivered(claim, outbox.pending(claim, 10), NOW.plusSeconds(2));

    assertThat(changesOf(redelivered.id(), "parado")).isEmpty();
    assertThat(changesOf(redelivered.id(), "pendente")).isEmpty();
    assertThat(changesOf(stillRefused.id(), "parado")).hasSize(1).isEqualTo(parkedBefore);
  }

  @Test
  void givenADeliveryAfterFailures_thenTheTenantNotesTheSuccessAndItsFailuresStartOver() {
    changedRecording(TENANT_A, NOW);
    outbox.failed(claimAt(NOW), 2, "503", NOW.plusSeconds(10), NOW);
    TenantClaim claim = claimAt(NOW.plusSeconds(10));

    outbox.delivered(claim, outbox.pending(claim, 10), NOW.plusSeconds(11));

    assertThat(tenantState(TENANT_A, "ultimo_sucesso")).isEqualTo(NOW.plusSeconds(11));
    assertThat(tenantState(TENANT_A, "falhas_seguidas")).isEqualTo(0);
    assertThat(tenantState(TENANT_A, "reservado_ate"))
        .as("the holder keeps the lease until it releases it")
        .isEqualTo(claim.leasedUntil());
  }

  @Test
  void givenAClaimMadeAtANanosecondInstant_thenItsHolderStillWritesTheTenantsState() {
    changedRecording(TENANT_A, NOW);
    Instant now = NOW.plusNanos(789);
    TenantClaim claim = claimAt(now);

    outbox.delivered(claim, outbox.pending(claim, 10), NOW.plusSeconds(1));
    outbox.release(claim, NOW.plusSeconds(30));

    assertThat(tenantState(TENANT_A, "ultimo_sucesso")).isEqualTo(NOW.plusSeconds(1));
    assertThat(tenantState(TENANT_A, "reservado_ate IS NULL")).isEqualTo(true);
    assertThat(tenantState(TENANT_A, "proxima_tentativa")).isEqualTo(NOW.plusSeconds(30));
  }

  @Test
  void givenAStaleClaim_thenItsOutcomesLeaveTheCurrentHoldersTenantStateAlone() {
    changedRecording(TENANT_A, NOW);
    TenantClaim stale = claimAt(NOW);
    TenantClaim current = claimAt(NOW.plus(LEASE));
    Instant later = NOW.plus(LEASE).plusSeconds(1);

    outbox.delivered(stale, List.of(), later);
    outbox.parked(stale, List.of(), "recusado", later);
    outbox.failed(stale, 5, "503", later.plusSeconds(600), later);
    outbox.release(stale, later);

    assertThat(tenantState(TENANT_A, "ultimo_sucesso")).isNull();
    assertThat(tenantState(TENANT_A, "ultimo_erro")).isNull();
    assertThat(tenantState(TENANT_A, "falhas_seguidas")).isEqualTo(0);
    assertThat(tenantState(TENANT_A, "reservado_ate")).isEqualTo(current.leasedUntil());
    assertThat(claimedTenantAt(later)).as("still leased to the current holder").isEmpty();
  }

  @Test
  void givenADeliveryThatLandedAfterItsLeaseEnded_thenItsRecordingsAreQueuedAgain() {
    Recording late = changedRecording(TENANT_A, NOW);
    TenantClaim stale = claimAt(NOW);
    List<Change> sent = outbox.pending(stale, 10);
    TenantClaim current = claimAt(NOW.plus(LEASE));
    // The new holder sends the newer state and forgets the change first.
    outbox.delivered(current, outbox.pending(current, 10), NOW.plus(LEASE).plusSeconds(1));

    outbox.delivered(stale, sent, NOW.plus(LEASE).plusSeconds(2));

    assertThat(changesOf(late.id(), "pendente"))
        .as("the older copy may have landed last: the latest state must go again")
        .hasSize(1);
    assertThat(tenantState(TENANT_A, "ultimo_sucesso")).isEqualTo(NOW.plus(LEASE).plusSeconds(1));
    assertThat(tenantState(TENANT_A, "reservado_ate")).isEqualTo(current.leasedUntil());
  }

  @Test
  void givenSkippedChanges_thenOnlyThoseAreForgottenAndTheTenantStateIsUntouched() {
    Recording skipped = changedRecording(TENANT_A, NOW);
    Recording notYet = changedRecording(TENANT_A, NOW);
    TenantClaim claim = claimAt(NOW);

    outbox.skipped(claim, changesOf(skipped.id(), "pendente"));

    assertThat(changesOf(skipped.id(), "pendente")).isEmpty();
    assertThat(outbox.pending(claim, 10)).isEqualTo(changesOf(notYet.id(), "pendente"));
    assertThat(tenantState(TENANT_A, "ultimo_sucesso IS NULL AND ultimo_erro IS NULL"))
        .isEqualTo(true);
  }

  @Test
  void givenParkedChanges_thenTheyWaitWithTheirErrorAndTheTenantNotesIt() {
    Recording refused = changedRecording(TENANT_A, NOW);
    Recording accepted = changedRecording(TENANT_A, NOW);
    TenantClaim claim = claimAt(NOW);
    List<Change> parked = changesOf(refused.id(), "pendente");

    outbox.parked(claim, parked, "PGRST204: coluna inexistente", NOW.plusSeconds(1));

    assertThat(changesOf(refused.id(), "parado")).isEqualTo(parked);
    assertThat(eventColumn(parked.get(0), "erro")).isEqualTo("PGRST204: coluna inexistente");
    assertThat(eventColumn(parked.get(0), "parado_em")).isEqualTo(NOW.plusSeconds(1));
    assertThat(outbox.pending(claim, 10)).isEqualTo(changesOf(accepted.id(), "pendente"));
    assertThat(tenantState(TENANT_A, "ultimo_erro")).isEqualTo("PGRST204: coluna inexistente");
    assertThat(tenantState(TENANT_A, "ultimo_erro_em")).isEqualTo(NOW.plusSeconds(1));
    assertThat(tenantState(TENANT_A, "falhas_seguidas")).isEqualTo(0);
  }

  @Test
  void givenAFailure_thenTheTenantNotesItAndIsClaimableAgainAtItsNextAttemptOnly() {
    Recording waiting = changedRecording(TENANT_A, NOW);
    TenantClaim claim = claimAt(NOW);
    Instant next = NOW.plusSeconds(40);

    outbox.failed(claim, 3, "503 Service Unavailable", next, NOW.plusSeconds(1));

    assertThat(tenantState(TENANT_A, "falhas_seguidas")).isEqualTo(3);
    assertThat(tenantState(TENANT_A, "ultimo_erro")).isEqualTo("503 Service Unavailable");
    assertThat(tenantState(TENANT_A, "ultimo_erro_em")).isEqualTo(NOW.plusSeconds(1));
    assertThat(tenantState(TENANT_A, "proxima_tentativa")).isEqualTo(next);
    assertThat(tenantState(TENANT_A, "reservado_ate IS NULL")).isEqualTo(true);
    assertThat(changesOf(waiting.id(), "pendente")).hasSize(1);
    assertThat(claimedTenantAt(next.minus(MICROSECOND))).isEmpty();
    assertThat(claimAt(next).consecutiveFailures()).isEqualTo(3);
  }

  /** An outbox row's column; timestamps as instants. */
  private static Object eventColumn(Change change, String column) {
    Object value =
        unit.inTransaction(
            em ->
                em.createNativeQuery("SELECT " + column + " FROM espelho_eventos WHERE id = ?1")
                    .setParameter(1, change.id())
                    .getSingleResult());
    return value instanceof java.sql.Timestamp ? Timestamps.fromResult(value) : value;
  }
}
