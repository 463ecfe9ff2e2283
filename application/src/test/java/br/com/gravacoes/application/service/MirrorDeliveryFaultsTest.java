package br.com.gravacoes.application.service;

import static br.com.gravacoes.application.testing.MirrorWorld.ACME;
import static br.com.gravacoes.application.testing.MirrorWorld.ACME_PROJECT;
import static br.com.gravacoes.application.testing.MirrorWorld.POLICY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import br.com.gravacoes.application.port.in.MirrorDeliveryReport;
import br.com.gravacoes.application.port.out.MirroredRecording;
import br.com.gravacoes.application.port.out.StoredSecretException;
import br.com.gravacoes.application.testing.InMemoryMirrorOutbox.ParkedChange;
import br.com.gravacoes.application.testing.MirrorWorld;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** How a delivery copes with what can go wrong beyond a project that is simply down. */
class MirrorDeliveryFaultsTest {

  private final MirrorWorld world = new MirrorWorld();

  private List<MirroredRecording> record(int recordings) {
    List<MirroredRecording> rows = new ArrayList<>();
    for (int i = 0; i < recordings; i++) {
      rows.add(world.record(ACME));
    }
    return rows;
  }

  @Test
  void afterATimeout_theRetryWaitsAtLeastOneRequestBudget_soALateWriteCannotLandLast() {
    world.projects.save(ACME, ACME_PROJECT);
    record(1);
    world.mirror.timeOutForNext(1);
    Instant start = world.clock.instant();

    MirrorDeliveryReport report = deliver();

    assertThat(report.unavailable()).isTrue();
    // The first backoff alone would be 0.5 s; the request that timed out may land for 10 s.
    assertThat(world.outbox.statusOf(ACME).nextAttemptAt())
        .isAfterOrEqualTo(start.plus(POLICY.requestBudget()));
  }

  @Test
  void aDefiniteFailureBacksOffNormally() {
    world.projects.save(ACME, ACME_PROJECT);
    record(1);
    world.mirror.unavailableForNext(1);
    Instant start = world.clock.instant();

    deliver();

    assertThat(world.outbox.statusOf(ACME).nextAttemptAt())
        .isBefore(start.plus(POLICY.requestBudget()));
  }

  @Test
  void oneRowTheTablesRefuses_parksOnlyItself_notTheRecordingsThatSharedItsRequest() {
    world.projects.save(ACME, ACME_PROJECT);
    List<MirroredRecording> rows = record(3);
    UUID bad = rows.get(1).id();
    world.mirror.refuseRowsOf(bad);

    MirrorDeliveryReport report = deliver();

    assertThat(report.delivered()).isEqualTo(2);
    assertThat(report.parked()).isEqualTo(1);
    assertThat(world.outbox.parkedOf(ACME))
        .singleElement()
        .extracting(parked -> parked.change().recording().value())
        .isEqualTo(bad);
    assertThat(world.mirror.table(ACME_PROJECT))
        .containsOnlyKeys(rows.get(0).id(), rows.get(2).id());
  }

  @Test
  void aRefusalOfTheWholeProjectIsNotSplit() {
    world.projects.save(ACME, ACME_PROJECT);
    record(3);
    world.mirror.rejectNext(1, "Supabase recusou as gravações (HTTP 401, PGRST301)");

    MirrorDeliveryReport report = deliver();

    assertThat(report.parked()).isEqualTo(3);
    assertThat(world.mirror.calls()).hasSize(1);
  }

  @Test
  void anUnusableConfiguration_parksTheChangesWithTheReason_insteadOfDroppingThem() {
    world.projects.breakConfiguration(ACME);
    record(2);

    MirrorDeliveryReport report = deliver();

    assertThat(report.parked()).isEqualTo(2);
    assertThat(report.skipped()).isZero();
    assertThat(world.outbox.parkedOf(ACME))
        .extracting(ParkedChange::error)
        .allSatisfy(error -> assertThat(error).contains("Configuração do Supabase inválida"));
    assertThat(world.mirror.calls()).isEmpty();
  }

  @Test
  void anUnexpectedFailure_isNotedAsAFailureWithBackoff_andStillReachesTheCaller() {
    world.projects.save(ACME, ACME_PROJECT);
    record(1);
    world.mirror.duringNextCall(
        () -> {
          throw new IllegalStateException("boom");
        });

    assertThatThrownBy(this::deliver).isInstanceOf(IllegalStateException.class);

    assertThat(world.outbox.statusOf(ACME).lastError()).contains("IllegalStateException");
    assertThat(world.outbox.statusOf(ACME).consecutiveFailures()).isEqualTo(1);
    assertThat(world.outbox.pendingOf(ACME)).hasSize(1);
    // The lease was given back with the failure: the tenant is due after its backoff, not 60 s.
    world.clock.advance(Duration.ofSeconds(2));
    world.mirror.clearFailures();
    assertThat(deliver().delivered()).isEqualTo(1);
  }

  @Test
  void aServiceKeyNoConfiguredKeyOpens_backsOffWithItsReason_andDeliversOnceItOpens() {
    world.projects.save(ACME, ACME_PROJECT);
    world.projects.makeUnreadable(ACME);
    record(1);

    assertThatThrownBy(this::deliver).isInstanceOf(StoredSecretException.class);

    assertThat(world.outbox.statusOf(ACME).lastError())
        .contains("supabase_config.service_key do tenant acme");
    assertThat(world.outbox.parkedOf(ACME)).isEmpty();
    assertThat(world.outbox.pendingOf(ACME)).hasSize(1);
    world.projects.save(ACME, ACME_PROJECT); // the operator configured the key that opens it
    world.clock.advance(Duration.ofSeconds(2));
    assertThat(deliver().delivered()).isEqualTo(1);
  }

  @Test
  void noRequestStartsWhenTheLeaseCannotCoverIt() {
    world.projects.save(ACME, ACME_PROJECT);
    record(6);
    // The first request eats the lease down to less than one request budget.
    world.mirror.duringNextCall(() -> world.clock.advance(Duration.ofSeconds(55)));

    MirrorDeliveryReport report = deliver();

    assertThat(world.mirror.calls()).hasSize(1);
    assertThat(report.delivered()).isEqualTo(3);
    assertThat(world.outbox.pendingOf(ACME)).hasSize(3);
  }

  private MirrorDeliveryReport deliver() {
    return world.deliveryService.deliverNextTenant();
  }
}
