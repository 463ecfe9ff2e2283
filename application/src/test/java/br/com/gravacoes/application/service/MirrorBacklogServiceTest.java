package br.com.gravacoes.application.service;

import static br.com.gravacoes.application.testing.MirrorWorld.ACME;
import static br.com.gravacoes.application.testing.MirrorWorld.ACME_PROJECT;
import static br.com.gravacoes.application.testing.MirrorWorld.GLOBEX;
import static br.com.gravacoes.application.testing.MirrorWorld.GLOBEX_PROJECT;
import static org.assertj.core.api.Assertions.assertThat;

import br.com.gravacoes.application.port.in.Actor;
import br.com.gravacoes.application.port.in.MirrorDeliveryReport;
import br.com.gravacoes.application.port.out.AuditAction;
import br.com.gravacoes.application.port.out.MirroredRecording;
import br.com.gravacoes.application.port.out.TenantMirrorStatus;
import br.com.gravacoes.application.testing.MirrorWorld;
import br.com.gravacoes.domain.tenant.MirrorProject;
import br.com.gravacoes.domain.tenant.TenantId;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class MirrorBacklogServiceTest {

  private static final TenantId INITECH = new TenantId("initech");
  private static final String REFUSAL = "Supabase recusou as gravações (HTTP 404, 42P01)";

  private static final Actor ACME_ADMIN = new Actor("admin-acme", ACME, "198.51.100.4");
  private static final Actor GLOBEX_ADMIN = new Actor("admin-globex", GLOBEX, null);

  private final MirrorWorld world = new MirrorWorld();

  private MirrorDeliveryReport deliver() {
    return world.deliveryService.deliverNextTenant();
  }

  private TenantMirrorStatus statusOf(TenantId tenant) {
    return world.outbox.statusOf(tenant);
  }

  /** ACME's two changes and GLOBEX's one are refused for good and parked. */
  private void parkBothTenants() {
    world.projects.save(ACME, ACME_PROJECT);
    world.projects.save(GLOBEX, GLOBEX_PROJECT);
    world.record(ACME);
    world.record(ACME);
    world.record(GLOBEX);
    world.mirror.rejectUntilCleared(REFUSAL);
    assertThat(deliver().parked()).isEqualTo(2);
    assertThat(deliver().parked()).isEqualTo(1);
    world.mirror.clearFailures();
  }

  @Test
  void statusTellsTheCallersTenantHowFarBehindItsMirrorIsAndWhatWentWrongLast_andNoOneElses() {
    world.projects.save(ACME, ACME_PROJECT);
    world.projects.save(GLOBEX, GLOBEX_PROJECT);
    world.projects.save(
        INITECH, new MirrorProject(URI.create("https://initech.supabase.co"), "initech-key"));
    Instant start = world.clock.instant();
    MirroredRecording waiting = world.record(ACME);
    world.record(GLOBEX);
    world.mirror.unavailableForNext(1);
    world.mirror.rejectNext(1, REFUSAL);
    deliver();
    deliver();
    world.clock.advance(Duration.ofMinutes(1));

    assertThat(world.backlogService.status(ACME))
        .contains(
            new TenantMirrorStatus(
                ACME,
                1,
                waiting.updatedAt(),
                0,
                null,
                "Supabase indisponível (HTTP 503)",
                start,
                1,
                start.plusMillis(500)));
    assertThat(world.backlogService.status(GLOBEX))
        .contains(new TenantMirrorStatus(GLOBEX, 0, null, 1, null, REFUSAL, start, 0, start));
    assertThat(world.backlogService.status(INITECH))
        .contains(new TenantMirrorStatus(INITECH, 0, null, 0, null, null, null, 0, null));
    assertThat(world.backlogService.status(new TenantId("umbrella"))).isEmpty();
  }

  @Test
  void retryingOneTenantRequeuesOnlyItsParkedChangesAndAnswersHowMany() {
    parkBothTenants();

    int requeued = world.backlogService.retryParked(ACME_ADMIN);

    assertThat(requeued).isEqualTo(2);
    assertThat(statusOf(ACME).pending()).isEqualTo(2);
    assertThat(statusOf(ACME).parked()).isZero();
    assertThat(statusOf(GLOBEX).parked()).isEqualTo(1);
    assertThat(statusOf(GLOBEX).pending()).isZero();
    assertThat(deliver().delivered()).isEqualTo(2);
    assertThat(world.mirror.table(ACME_PROJECT)).hasSize(2);
    assertThat(deliver().isIdle()).isTrue();
  }

  @Test
  void aRetryIsAudited_withWhoAskedAndHowManyWentBack() {
    parkBothTenants();

    world.backlogService.retryParked(GLOBEX_ADMIN);

    assertThat(world.audit.entriesOf(GLOBEX))
        .singleElement()
        .satisfies(
            entry -> {
              assertThat(entry.userId()).isEqualTo("admin-globex");
              assertThat(entry.action()).isEqualTo(AuditAction.MIRROR_RETRIED);
              assertThat(entry.details()).containsEntry("requeued", "1");
            });
    assertThat(world.audit.entriesOf(ACME)).isEmpty();
  }

  @Test
  void aRetriedTenantIsDueAtOnceWithItsFailuresForgotten() {
    parkBothTenants();
    world.record(ACME);
    world.mirror.unavailableForNext(1);
    assertThat(deliver().unavailable()).isTrue();
    assertThat(statusOf(ACME).nextAttemptAt()).isAfter(world.clock.instant());

    world.backlogService.retryParked(ACME_ADMIN);

    assertThat(statusOf(ACME).nextAttemptAt()).isEqualTo(world.clock.instant());
    assertThat(statusOf(ACME).consecutiveFailures()).isZero();
    MirrorDeliveryReport report = deliver();
    assertThat(report.tenant()).contains(ACME);
    assertThat(report.delivered()).isEqualTo(3);
  }

  @Test
  void retryingWithNothingParkedAnswersZero() {
    world.projects.save(ACME, ACME_PROJECT);
    world.record(ACME);

    assertThat(world.backlogService.retryParked(ACME_ADMIN)).isZero();
    assertThat(statusOf(ACME).pending()).isEqualTo(1);
  }
}
