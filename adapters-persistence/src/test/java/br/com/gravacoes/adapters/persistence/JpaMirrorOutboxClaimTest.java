package br.com.gravacoes.adapters.persistence;

import static br.com.gravacoes.adapters.persistence.RecordingFixtures.NOW;
import static org.assertj.core.api.Assertions.assertThat;

import br.com.gravacoes.application.port.out.MirrorOutbox.TenantClaim;
import br.com.gravacoes.domain.recording.Recording;
import br.com.gravacoes.domain.recording.RecordingId;
import br.com.gravacoes.domain.tenant.TenantId;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Which tenant an instance gets to deliver, and for how long nobody else does. */
class JpaMirrorOutboxClaimTest extends MirrorOutboxTestBase {

  @Test
  void givenAPendingChange_thenItsTenantIsClaimedUntilTheLeaseEnds() {
    changedRecording(TENANT_A, NOW);

    TenantClaim claim = outbox.claimTenant(NOW, LEASE).orElseThrow();

    assertThat(claim).isEqualTo(new TenantClaim(TENANT_A, 0, NOW.plus(LEASE)));
    assertThat(tenantState(TENANT_A, "reservado_ate")).isEqualTo(NOW.plus(LEASE));
  }

  @Test
  void givenTenantsDueAtDifferentTimes_thenTheOneDueLongestAgoIsClaimedFirst() {
    TenantId dueFirst = new TenantId("tenant-z");
    TenantId dueLater = new TenantId("tenant-m");
    changedRecording(dueFirst, NOW);
    changedRecording(dueLater, NOW);
    // Both new, so equally due: the name decides, then each is released until its next attempt.
    claimAndRelease(dueLater, NOW, NOW.plusSeconds(5));
    claimAndRelease(dueFirst, NOW, NOW.plusSeconds(4));

    assertThat(claimedTenantAt(NOW.plusSeconds(10))).contains(dueFirst);
    assertThat(claimedTenantAt(NOW.plusSeconds(10))).contains(dueLater);
    assertThat(claimedTenantAt(NOW.plusSeconds(10))).isEmpty();
  }

  @Test
  void givenALiveLease_thenNobodyClaimsTheTenantAgainUntilItEnds() {
    changedRecording(TENANT_A, NOW);
    changedRecording(TENANT_B, NOW);

    assertThat(claimedTenantAt(NOW)).contains(TENANT_A);
    assertThat(claimedTenantAt(NOW.plusSeconds(1))).contains(TENANT_B);
    assertThat(claimedTenantAt(NOW.plus(LEASE).minus(MICROSECOND))).isEmpty();
    TenantClaim takenOver = claimAt(NOW.plus(LEASE));

    assertThat(takenOver)
        .as("the holder died without releasing: another instance takes over")
        .isEqualTo(new TenantClaim(TENANT_A, 0, NOW.plus(LEASE).plus(LEASE)));
  }

  @Test
  void givenATenantReleasedUntilLater_thenItIsNotClaimedBeforeItsNextAttempt() {
    changedRecording(TENANT_A, NOW);
    Instant next = NOW.plusSeconds(30);

    outbox.release(claimAt(NOW), next);

    assertThat(tenantState(TENANT_A, "reservado_ate IS NULL")).isEqualTo(true);
    assertThat(claimedTenantAt(next.minus(MICROSECOND))).isEmpty();
    assertThat(claimedTenantAt(next)).contains(TENANT_A);
  }

  @Test
  void givenNothingPending_thenNoTenantIsClaimed() {
    assertThat(outbox.claimTenant(NOW, LEASE)).isEmpty();

    Recording delivered = changedRecording(TENANT_A, NOW);
    TenantClaim claim = claimAt(NOW);
    outbox.delivered(claim, outbox.pending(claim, 10), NOW);
    outbox.release(claim, NOW);
    storedRecording(TENANT_B, NOW);

    assertThat(changesOf(delivered.id(), "pendente")).isEmpty();
    assertThat(outbox.claimTenant(NOW.plusSeconds(1), LEASE))
        .as("a tenant whose changes were all delivered, a recording never changed")
        .isEmpty();
  }

  @Test
  void givenOnlyParkedChanges_thenTheTenantIsNotClaimed() {
    Recording refused = changedRecording(TENANT_A, NOW);
    TenantClaim claim = claimAt(NOW);
    outbox.parked(claim, changesOf(refused.id(), "pendente"), "coluna inexistente", NOW);
    outbox.release(claim, NOW);

    assertThat(outbox.claimTenant(NOW.plusSeconds(1), LEASE)).isEmpty();
  }

  @Test
  void givenFailuresInARow_thenTheNextClaimCarriesTheirCount() {
    changedRecording(TENANT_A, NOW);
    outbox.failed(claimAt(NOW), 3, "503", NOW.plusSeconds(10), NOW);

    assertThat(claimAt(NOW.plusSeconds(10)).consecutiveFailures()).isEqualTo(3);
  }

  @Test
  void givenAChangeOfAnotherRecordingOfTheClaimedTenant_thenItWaitsForTheSameLease() {
    changedRecording(TENANT_A, NOW);
    claimAt(NOW);
    RecordingId later = changedRecording(TENANT_A, NOW.plusSeconds(1)).id();

    assertThat(changesOf(later, "pendente")).hasSize(1);
    assertThat(claimedTenantAt(NOW.plusSeconds(1))).isEmpty();
  }

  /** Claims the only tenant due at {@code now} (checking it is that one) and releases it. */
  private static void claimAndRelease(TenantId expected, Instant now, Instant next) {
    TenantClaim claim = claimAt(now);
    assertThat(claim.tenant()).isEqualTo(expected);
    outbox.release(claim, next);
  }
}
