package br.com.gravacoes.adapters.persistence;

import static br.com.gravacoes.adapters.persistence.RecordingFixtures.NOW;
import static org.assertj.core.api.Assertions.assertThat;

import br.com.gravacoes.application.port.out.MirrorOutbox.TenantClaim;
import br.com.gravacoes.application.port.out.TenantMirrorStatus;
import br.com.gravacoes.domain.recording.Recording;
import br.com.gravacoes.domain.tenant.MirrorProject;
import br.com.gravacoes.domain.tenant.TenantId;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The backlog operators see per tenant, and putting parked changes back in line. */
class JpaMirrorOutboxBacklogTest extends MirrorOutboxTestBase {

  private static final TenantId TENANT_C = new TenantId("tenant-c");
  private static final TenantId TENANT_D = new TenantId("tenant-d");
  private static final Instant LATER = NOW.plus(Duration.ofHours(1));

  @Test
  void givenNoProjectAndNoChange_thenStatusIsEmpty() {
    assertThat(outbox.status()).isEmpty();
  }

  @Test
  void givenTenantsInEveryState_thenStatusShowsEachOnesBacklogAndHistory() {
    Recording delivered = changedRecording(TENANT_A, NOW.minusSeconds(30));
    Recording refused = changedRecording(TENANT_A, NOW.minusSeconds(20));
    changedRecording(TENANT_A, NOW.minusSeconds(10));
    changedRecording(TENANT_A, NOW.minusSeconds(5));
    // Gets its state row with A's claim, but is never claimed itself.
    changedRecording(TENANT_C, NOW.minusSeconds(4));
    TenantClaim claim = claimAt(NOW);
    assertThat(claim.tenant()).isEqualTo(TENANT_A);
    outbox.delivered(claim, changesOf(delivered.id(), "pendente"), NOW);
    outbox.parked(claim, changesOf(refused.id(), "pendente"), "recusado", NOW.plusSeconds(1));
    outbox.failed(claim, 2, "503", NOW.plusSeconds(60), NOW.plusSeconds(2));
    mirrorProjects.save(TENANT_B, new MirrorProject(URI.create("https://b.supabase.co"), "k"));
    // Has no state row yet: nobody claimed since its change.
    changedRecording(TENANT_D, NOW.minusSeconds(3));

    assertThat(outbox.status())
        .containsExactly(
            new TenantMirrorStatus(
                TENANT_A,
                2,
                NOW.minusSeconds(10),
                1,
                NOW,
                "503",
                NOW.plusSeconds(2),
                2,
                NOW.plusSeconds(60)),
            new TenantMirrorStatus(TENANT_B, 0, null, 0, null, null, null, 0, null),
            new TenantMirrorStatus(TENANT_C, 1, NOW.minusSeconds(4), 0, null, null, null, 0, null),
            new TenantMirrorStatus(TENANT_D, 1, NOW.minusSeconds(3), 0, null, null, null, 0, null));
    assertThat(tenantState(TENANT_C, "proxima_tentativa = '-infinity'")).isEqualTo(true);
  }

  @Test
  void givenParkedChangesOfSeveralTenants_thenRequeueingAllMakesThemPendingAndEachTenantDueNow() {
    Recording refusedA = changedRecording(TENANT_A, NOW);
    Recording refusedB = changedRecording(TENANT_B, NOW);
    Recording alsoRefusedB = changedRecording(TENANT_B, NOW);
    parkEverythingAndFail(TENANT_A);
    parkEverythingAndFail(TENANT_B);
    Instant now = NOW.plusSeconds(5);

    int requeued = outbox.requeueParked(Optional.empty(), now);

    assertThat(requeued).isEqualTo(3);
    for (Recording refused : List.of(refusedA, refusedB, alsoRefusedB)) {
      assertThat(changesOf(refused.id(), "parado")).isEmpty();
      assertThat(changesOf(refused.id(), "pendente")).hasSize(1);
    }
    assertThat(outbox.status())
        .allSatisfy(
            status -> {
              assertThat(status.parked()).isZero();
              assertThat(status.consecutiveFailures()).isZero();
              assertThat(status.nextAttemptAt()).isEqualTo(now);
            });
    assertThat(List.of(claimAt(now), claimAt(now)))
        .containsExactlyInAnyOrder(
            new TenantClaim(TENANT_A, 0, now.plus(LEASE)),
            new TenantClaim(TENANT_B, 0, now.plus(LEASE)));
  }

  @Test
  void givenOneTenant_thenOnlyItsParkedChangesAreRequeued() {
    Recording refusedA = changedRecording(TENANT_A, NOW);
    changedRecording(TENANT_B, NOW);
    changedRecording(TENANT_B, NOW);
    parkEverythingAndFail(TENANT_A);
    parkEverythingAndFail(TENANT_B);
    Instant now = NOW.plusSeconds(5);

    int requeued = outbox.requeueParked(Optional.of(TENANT_B), now);

    assertThat(requeued).isEqualTo(2);
    assertThat(changesOf(refusedA.id(), "parado")).hasSize(1);
    assertThat(tenantState(TENANT_A, "falhas_seguidas")).isEqualTo(4);
    assertThat(tenantState(TENANT_A, "proxima_tentativa")).isEqualTo(LATER);
    assertThat(claimAt(now)).isEqualTo(new TenantClaim(TENANT_B, 0, now.plus(LEASE)));
    assertThat(claimedTenantAt(now)).isEmpty();
  }

  @Test
  void givenNothingParked_thenRequeueAnswersZeroAndNoTenantBecomesDue() {
    changedRecording(TENANT_A, NOW);
    outbox.failed(claimAt(NOW), 4, "503", LATER, NOW);

    assertThat(outbox.requeueParked(Optional.empty(), NOW.plusSeconds(5))).isZero();
    assertThat(outbox.requeueParked(Optional.of(TENANT_A), NOW.plusSeconds(5))).isZero();

    assertThat(tenantState(TENANT_A, "falhas_seguidas")).isEqualTo(4);
    assertThat(claimedTenantAt(NOW.plusSeconds(5))).isEmpty();
  }

  /**
   * The tenant, due now, is claimed; all its changes are refused, then its mirror fails 4 times.
   */
  private static void parkEverythingAndFail(TenantId tenant) {
    TenantClaim claim = claimAt(NOW);
    assertThat(claim.tenant()).isEqualTo(tenant);
    outbox.parked(claim, outbox.pending(claim, 100), "recusado", NOW);
    outbox.failed(claim, 4, "503", LATER, NOW);
  }
}
