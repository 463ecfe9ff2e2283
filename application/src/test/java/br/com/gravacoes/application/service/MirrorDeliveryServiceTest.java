package br.com.gravacoes.application.service;

import static br.com.gravacoes.application.testing.MirrorWorld.ACME;
import static br.com.gravacoes.application.testing.MirrorWorld.ACME_PROJECT;
import static br.com.gravacoes.application.testing.MirrorWorld.GLOBEX;
import static br.com.gravacoes.application.testing.MirrorWorld.GLOBEX_PROJECT;
import static br.com.gravacoes.application.testing.MirrorWorld.POLICY;
import static br.com.gravacoes.application.testing.MirrorWorld.idOf;
import static org.assertj.core.api.Assertions.assertThat;

import br.com.gravacoes.application.port.in.MirrorDeliveryReport;
import br.com.gravacoes.application.port.out.MirrorOutbox.Change;
import br.com.gravacoes.application.port.out.MirrorOutbox.TenantClaim;
import br.com.gravacoes.application.port.out.MirroredRecording;
import br.com.gravacoes.application.port.out.TenantMirrorStatus;
import br.com.gravacoes.application.testing.InMemoryMirrorOutbox.ParkedChange;
import br.com.gravacoes.application.testing.MirrorWorld;
import br.com.gravacoes.application.testing.RecordingMirrorDouble.Upsert;
import br.com.gravacoes.domain.tenant.TenantId;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class MirrorDeliveryServiceTest {

  private static final String REFUSAL = "Supabase recusou as gravações (HTTP 401: Invalid API key)";

  private final MirrorWorld world = new MirrorWorld();

  private MirrorDeliveryReport deliver() {
    return world.deliveryService.deliverNextTenant();
  }

  private TenantMirrorStatus statusOf(TenantId tenant) {
    return world.outbox.statusOf(tenant);
  }

  private List<MirroredRecording> record(TenantId tenant, int recordings) {
    List<MirroredRecording> rows = new ArrayList<>();
    for (int i = 0; i < recordings; i++) {
      rows.add(world.record(tenant));
    }
    return rows;
  }

  private List<Integer> rowsPerCall() {
    return world.mirror.calls().stream().map(call -> call.rows().size()).toList();
  }

  private static List<UUID> idsOf(List<MirroredRecording> rows) {
    return rows.stream().map(MirroredRecording::id).toList();
  }

  /** Fails {@code times} claims in a row, waiting out each backoff; the mirror stays down. */
  private void failClaims(int times) {
    for (int i = 0; i < times; i++) {
      Instant due = statusOf(ACME).nextAttemptAt();
      if (due != null && due.isAfter(world.clock.instant())) {
        world.clock.advance(Duration.between(world.clock.instant(), due));
      }
      assertThat(deliver().unavailable()).isTrue();
    }
  }

  @Test
  void isIdleWhenNoChangeWaits() {
    world.projects.save(ACME, ACME_PROJECT);

    MirrorDeliveryReport report = deliver();

    assertThat(report.isIdle()).isTrue();
    assertThat(report).isEqualTo(MirrorDeliveryReport.idle());
    assertThat(world.mirror.calls()).isEmpty();
  }

  @Test
  void leavesATenantAnotherInstanceHoldsUntilItsLeaseRunsOut() {
    world.projects.save(ACME, ACME_PROJECT);
    world.record(ACME);
    assertThat(world.outbox.claimTenant(world.clock.instant(), POLICY.lease())).isPresent();

    assertThat(deliver().isIdle()).isTrue();
    world.clock.advance(POLICY.lease());
    MirrorDeliveryReport report = deliver();

    assertThat(report.tenant()).contains(ACME);
    assertThat(report.delivered()).isEqualTo(1);
    assertThat(world.mirror.calls()).hasSize(1);
  }

  @Test
  void severalChangesOfARecordingCollapseIntoOneRowWithItsLatestState() {
    world.projects.save(ACME, ACME_PROJECT);
    MirroredRecording started = world.record(ACME);
    world.clock.advance(Duration.ofMinutes(1));
    world.change(started, "processing");
    world.clock.advance(Duration.ofMinutes(1));
    MirroredRecording completed = world.change(started, "completed");

    MirrorDeliveryReport report = deliver();

    assertThat(report.delivered()).isEqualTo(3);
    assertThat(world.mirror.calls())
        .singleElement()
        .extracting(Upsert::rows)
        .isEqualTo(List.of(completed));
    assertThat(world.mirror.table(ACME_PROJECT).get(started.id()).status()).isEqualTo("completed");
    assertThat(world.outbox.pendingOf(ACME)).isEmpty();
  }

  @Test
  void oneRequestCarriesAWholeBatchOfRecordings() {
    world.projects.save(ACME, ACME_PROJECT);
    List<MirroredRecording> rows = record(ACME, 3);

    MirrorDeliveryReport report = deliver();

    assertThat(report).isEqualTo(new MirrorDeliveryReport(Optional.of(ACME), 3, 0, 0, false));
    Upsert only = world.mirror.calls().get(0);
    assertThat(world.mirror.calls()).hasSize(1);
    assertThat(only.project()).isEqualTo(ACME_PROJECT);
    assertThat(only.ids()).containsExactlyInAnyOrderElementsOf(idsOf(rows));
    assertThat(statusOf(ACME).lastSuccessAt()).isEqualTo(world.clock.instant());
  }

  @Test
  void aClaimSendsAtMostBatchesPerClaimRequestsOfAtMostBatchSizeChanges() {
    world.projects.save(ACME, ACME_PROJECT);
    record(ACME, 14);

    MirrorDeliveryReport first = deliver();

    assertThat(first.delivered()).isEqualTo(12);
    assertThat(rowsPerCall()).containsExactly(3, 3, 3, 3);
    assertThat(world.outbox.pendingOf(ACME)).hasSize(2);
    assertThat(statusOf(ACME).nextAttemptAt()).isEqualTo(world.clock.instant());

    MirrorDeliveryReport second = deliver();

    assertThat(second.delivered()).isEqualTo(2);
    assertThat(rowsPerCall()).containsExactly(3, 3, 3, 3, 2);
    assertThat(world.outbox.pendingOf(ACME)).isEmpty();
  }

  @Test
  void theTenantThatWaitedLongestGoesFirst() {
    world.projects.save(ACME, ACME_PROJECT);
    world.projects.save(GLOBEX, GLOBEX_PROJECT);
    world.record(ACME);
    world.record(GLOBEX);

    assertThat(deliver().tenant()).contains(ACME);
    world.record(ACME);
    assertThat(deliver().tenant()).contains(GLOBEX);
    assertThat(deliver().tenant()).contains(ACME);
    assertThat(world.mirror.calls())
        .extracting(Upsert::project)
        .containsExactly(ACME_PROJECT, GLOBEX_PROJECT, ACME_PROJECT);
  }

  @Test
  void withoutAProjectTheChangesAreSkippedAndNothingIsSent() {
    world.projects.save(GLOBEX, GLOBEX_PROJECT);
    record(ACME, 4);

    MirrorDeliveryReport report = deliver();

    assertThat(report).isEqualTo(new MirrorDeliveryReport(Optional.of(ACME), 0, 4, 0, false));
    assertThat(world.mirror.calls()).isEmpty();
    assertThat(world.outbox.pendingOf(ACME)).isEmpty();
    assertThat(statusOf(ACME).lastSuccessAt()).isNull();
  }

  @Test
  void aRefusedBatchIsParkedWithItsReason_whileTheOtherBatchesAndTenantsGoOn() {
    world.projects.save(ACME, ACME_PROJECT);
    world.projects.save(GLOBEX, GLOBEX_PROJECT);
    List<MirroredRecording> acme = record(ACME, 6);
    MirroredRecording globex = world.record(GLOBEX);
    List<Change> refused = world.outbox.pendingOf(ACME).subList(0, 3);
    world.mirror.rejectNext(1, REFUSAL);

    MirrorDeliveryReport report = deliver();

    Instant now = world.clock.instant();
    assertThat(report).isEqualTo(new MirrorDeliveryReport(Optional.of(ACME), 3, 0, 3, false));
    assertThat(world.outbox.parkedOf(ACME))
        .containsExactlyElementsOf(
            refused.stream().map(change -> new ParkedChange(change, REFUSAL, now)).toList());
    assertThat(world.mirror.table(ACME_PROJECT).keySet())
        .containsExactlyInAnyOrderElementsOf(idsOf(acme.subList(3, 6)));
    TenantMirrorStatus status = statusOf(ACME);
    assertThat(status.parked()).isEqualTo(3);
    assertThat(status.pending()).isZero();
    assertThat(status.lastError()).isEqualTo(REFUSAL);
    assertThat(status.lastErrorAt()).isEqualTo(now);
    assertThat(status.consecutiveFailures()).isZero();

    MirrorDeliveryReport next = deliver();

    assertThat(next.tenant()).contains(GLOBEX);
    assertThat(next.delivered()).isEqualTo(1);
    assertThat(world.mirror.table(GLOBEX_PROJECT)).containsOnlyKeys(globex.id());
  }

  @Test
  void aLaterDeliveryOfARecordingForgetsItsParkedChanges() {
    world.projects.save(ACME, ACME_PROJECT);
    MirroredRecording fixedLater = world.record(ACME);
    world.mirror.rejectNext(1, REFUSAL);
    deliver();
    MirroredRecording stillRefused = world.record(ACME);
    world.mirror.rejectNext(1, REFUSAL);
    deliver();
    assertThat(statusOf(ACME).parked()).isEqualTo(2);

    MirroredRecording completed = world.change(fixedLater, "completed");
    deliver();

    assertThat(world.mirror.table(ACME_PROJECT)).containsOnlyKeys(completed.id());
    assertThat(world.outbox.parkedOf(ACME))
        .singleElement()
        .extracting(parked -> parked.change().recording())
        .isEqualTo(idOf(stillRefused));
  }

  @Test
  void anUnavailableMirrorCountsTheFailureAndIsTriedAgainAfterTheBackoff() {
    world.projects.save(ACME, ACME_PROJECT);
    List<MirroredRecording> rows = record(ACME, 3);
    world.mirror.unavailableForNext(2);
    Instant start = world.clock.instant();

    MirrorDeliveryReport report = deliver();

    assertThat(report).isEqualTo(new MirrorDeliveryReport(Optional.of(ACME), 0, 0, 0, true));
    TenantMirrorStatus failedOnce = statusOf(ACME);
    assertThat(failedOnce.consecutiveFailures()).isEqualTo(1);
    assertThat(failedOnce.nextAttemptAt()).isEqualTo(start.plusMillis(500));
    assertThat(failedOnce.lastError()).isEqualTo("Supabase indisponível (HTTP 503)");
    assertThat(failedOnce.lastErrorAt()).isEqualTo(start);
    assertThat(failedOnce.pending()).isEqualTo(3);
    assertThat(deliver().isIdle()).isTrue();

    world.clock.advance(Duration.ofMillis(500));
    assertThat(deliver().unavailable()).isTrue();
    TenantMirrorStatus failedTwice = statusOf(ACME);
    assertThat(failedTwice.consecutiveFailures()).isEqualTo(2);
    assertThat(failedTwice.nextAttemptAt()).isEqualTo(world.clock.instant().plusSeconds(1));

    world.clock.advance(Duration.ofSeconds(1));
    MirrorDeliveryReport recovered = deliver();

    assertThat(recovered.delivered()).isEqualTo(3);
    assertThat(recovered.unavailable()).isFalse();
    TenantMirrorStatus status = statusOf(ACME);
    assertThat(status.consecutiveFailures()).isZero();
    assertThat(status.lastSuccessAt()).isEqualTo(world.clock.instant());
    assertThat(status.pending()).isZero();
    assertThat(world.mirror.calls()).hasSize(3);
    assertThat(world.mirror.table(ACME_PROJECT).keySet())
        .containsExactlyInAnyOrderElementsOf(idsOf(rows));
  }

  @Test
  void theCircuitOpensAfterTheThreshold_andItsProbeCarriesOneChange() {
    world.projects.save(ACME, ACME_PROJECT);
    record(ACME, 5);
    world.mirror.unavailableUntilCleared();

    failClaims(3);

    assertThat(statusOf(ACME).consecutiveFailures()).isEqualTo(3);
    assertThat(statusOf(ACME).nextAttemptAt()).isEqualTo(world.clock.instant().plusSeconds(30));
    assertThat(rowsPerCall()).containsExactly(3, 3, 3);
    world.clock.advance(Duration.ofSeconds(29));
    assertThat(deliver().isIdle()).isTrue();

    world.clock.advance(Duration.ofSeconds(1));
    assertThat(deliver().unavailable()).isTrue();

    assertThat(rowsPerCall()).containsExactly(3, 3, 3, 1);
    assertThat(statusOf(ACME).consecutiveFailures()).isEqualTo(4);
    assertThat(statusOf(ACME).nextAttemptAt()).isEqualTo(world.clock.instant().plusSeconds(30));

    world.mirror.clearFailures();
    world.clock.advance(Duration.ofSeconds(30));
    MirrorDeliveryReport closed = deliver();

    assertThat(closed.delivered()).isEqualTo(5);
    assertThat(rowsPerCall()).containsExactly(3, 3, 3, 1, 1, 3, 1);
    assertThat(statusOf(ACME).consecutiveFailures()).isZero();
  }

  @Test
  void aFailureAfterASuccessInTheSameClaimCountsAsTheFirstInARow() {
    world.projects.save(ACME, ACME_PROJECT);
    record(ACME, 6);
    world.mirror.unavailableForNext(2);
    failClaims(2);
    world.clock.advance(Duration.ofSeconds(1));
    world.mirror.acceptNext(1);
    world.mirror.unavailableForNext(1);

    MirrorDeliveryReport report = deliver();

    assertThat(report).isEqualTo(new MirrorDeliveryReport(Optional.of(ACME), 3, 0, 0, true));
    TenantMirrorStatus status = statusOf(ACME);
    assertThat(status.consecutiveFailures()).isEqualTo(1);
    assertThat(status.nextAttemptAt()).isEqualTo(world.clock.instant().plusMillis(500));
    assertThat(status.lastSuccessAt()).isEqualTo(world.clock.instant());
    assertThat(status.pending()).isEqualTo(3);
  }

  @Test
  void aClaimStartsNoRequestThatCouldOutliveItsLease() {
    world.projects.save(ACME, ACME_PROJECT);
    record(ACME, 12);
    world.mirror.duringEachCall(() -> world.clock.advance(Duration.ofSeconds(25)));
    Instant start = world.clock.instant();

    MirrorDeliveryReport report = deliver();

    // At 50 s a 10 s request would end at the lease's end: the claim stops after two.
    assertThat(report.delivered()).isEqualTo(6);
    assertThat(world.mirror.calls()).hasSize(2);
    assertThat(world.outbox.pendingOf(ACME)).hasSize(6);
    assertThat(statusOf(ACME).nextAttemptAt()).isEqualTo(start.plusSeconds(50));

    assertThat(deliver().delivered()).isEqualTo(6);
    assertThat(world.outbox.pendingOf(ACME)).isEmpty();
  }

  @Test
  void aDeliveryThatOutlivedItsLease_queuesItsRecordingsAgain_andLeavesTheNewHolderAlone() {
    world.projects.save(ACME, ACME_PROJECT);
    List<MirroredRecording> rows = record(ACME, 4);
    List<TenantClaim> taken = new ArrayList<>();
    world.mirror.duringNextCall(
        () -> {
          world.clock.advance(POLICY.lease().plusSeconds(1));
          world.outbox.claimTenant(world.clock.instant(), POLICY.lease()).ifPresent(taken::add);
        });

    deliver();

    assertThat(taken).singleElement().extracting(TenantClaim::tenant).isEqualTo(ACME);
    assertThat(world.mirror.calls()).hasSize(1);
    // The new holder may have sent newer rows before this late copy landed: all four go again.
    assertThat(world.outbox.pendingOf(ACME))
        .extracting(change -> change.recording().value())
        .containsExactlyInAnyOrderElementsOf(idsOf(rows));
    assertThat(statusOf(ACME).lastSuccessAt()).isNull();
    assertThat(deliver().isIdle()).isTrue();

    world.clock.advance(POLICY.lease());
    deliver();
    assertThat(world.outbox.pendingOf(ACME)).isEmpty();
    assertThat(world.mirror.table(ACME_PROJECT)).containsOnlyKeys(idsOf(rows));
  }

  @Test
  void aChangeArrivingDuringADeliveryStaysPendingAndGoesNextTime() {
    MirrorWorld world = new MirrorWorld(oneBatchPerClaim());
    world.projects.save(ACME, ACME_PROJECT);
    MirroredRecording started = world.record(ACME);
    List<MirroredRecording> arrived = new ArrayList<>();
    world.mirror.duringNextCall(() -> arrived.add(world.change(started, "processing")));

    world.deliveryService.deliverNextTenant();

    assertThat(world.mirror.calls().get(0).rows()).containsExactly(started);
    assertThat(world.outbox.pendingOf(ACME))
        .singleElement()
        .extracting(Change::recording)
        .isEqualTo(idOf(started));

    world.deliveryService.deliverNextTenant();

    assertThat(world.mirror.calls().get(1).rows()).isEqualTo(arrived);
    assertThat(world.mirror.table(ACME_PROJECT).get(started.id()).status()).isEqualTo("processing");
    assertThat(world.outbox.pendingOf(ACME)).isEmpty();
  }

  @Test
  void aRecordingDeletedHereIsForgottenWithoutARequest() {
    world.projects.save(ACME, ACME_PROJECT);
    MirroredRecording deleted = world.record(ACME);
    world.outbox.deleteRow(idOf(deleted));

    MirrorDeliveryReport report = deliver();

    assertThat(report.tenant()).contains(ACME);
    assertThat(report.delivered()).isZero();
    assertThat(world.mirror.calls()).isEmpty();
    assertThat(world.outbox.pendingOf(ACME)).isEmpty();
    assertThat(statusOf(ACME).lastSuccessAt()).isNull();
  }

  @Test
  void aRecordingDeletedHereIsLeftOutOfItsBatchsRequest() {
    world.projects.save(ACME, ACME_PROJECT);
    MirroredRecording deleted = world.record(ACME);
    MirroredRecording kept = world.record(ACME);
    world.outbox.deleteRow(idOf(deleted));

    MirrorDeliveryReport report = deliver();

    assertThat(report.delivered()).isEqualTo(1);
    assertThat(report.skipped()).isEqualTo(1);
    assertThat(world.mirror.calls())
        .singleElement()
        .extracting(Upsert::ids)
        .isEqualTo(List.of(kept.id()));
    assertThat(world.outbox.pendingOf(ACME)).isEmpty();
  }

  @Test
  void aProbeFindingOnlyADeletedRecordingKeepsTheCircuitOpen() {
    world.projects.save(ACME, ACME_PROJECT);
    MirroredRecording deleted = world.record(ACME);
    MirroredRecording kept = world.record(ACME);
    world.mirror.unavailableUntilCleared();
    failClaims(3);
    world.outbox.deleteRow(idOf(deleted));
    world.clock.advance(Duration.ofSeconds(30));

    MirrorDeliveryReport report = deliver();

    // Nothing was learnt about the mirror from the deleted one: the next change is the probe.
    assertThat(report).isEqualTo(new MirrorDeliveryReport(Optional.of(ACME), 0, 1, 0, true));
    assertThat(world.mirror.calls()).hasSize(4);
    assertThat(world.mirror.calls().get(3).ids()).containsExactly(kept.id());
    TenantMirrorStatus status = statusOf(ACME);
    assertThat(status.consecutiveFailures()).isEqualTo(4);
    assertThat(status.nextAttemptAt()).isEqualTo(world.clock.instant().plusSeconds(30));
    assertThat(status.lastSuccessAt()).isNull();
  }

  private static MirrorPolicy oneBatchPerClaim() {
    return new MirrorPolicy(
        POLICY.batchSize(),
        POLICY.lease(),
        POLICY.requestBudget(),
        1,
        POLICY.firstBackoff(),
        POLICY.maxBackoff(),
        POLICY.circuitThreshold(),
        POLICY.circuitOpen());
  }
}
