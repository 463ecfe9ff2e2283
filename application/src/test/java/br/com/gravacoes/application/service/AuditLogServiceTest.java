package br.com.gravacoes.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import br.com.gravacoes.application.port.in.AuditPage;
import br.com.gravacoes.application.port.in.ListAuditUseCase;
import br.com.gravacoes.application.port.out.AuditAction;
import br.com.gravacoes.application.port.out.AuditCursor;
import br.com.gravacoes.application.port.out.AuditEntry;
import br.com.gravacoes.application.port.out.StoredAuditEntry;
import br.com.gravacoes.application.testing.InMemoryAuditTrail;
import br.com.gravacoes.domain.tenant.TenantId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class AuditLogServiceTest {

  private static final TenantId ACME = new TenantId("acme");
  private static final TenantId GLOBEX = new TenantId("globex");
  private static final Instant T0 = Instant.parse("2026-03-01T10:00:00Z");

  private final InMemoryAuditTrail trail = new InMemoryAuditTrail();
  private final ListAuditUseCase service = new AuditLogService(trail);

  private void record(TenantId tenant, String user, Instant at) {
    trail.record(
        new AuditEntry(
            tenant,
            user,
            AuditAction.RECORDING_STARTED,
            at,
            UUID.randomUUID(),
            UUID.randomUUID(),
            "203.0.113.7",
            Map.of("roomId", "sala-" + user)));
  }

  private static List<String> users(AuditPage page) {
    return page.items().stream().map(stored -> stored.entry().userId()).toList();
  }

  @Test
  void givenEntriesOfTwoTenants_thenEachListsOnlyItsOwn_newestFirst() {
    record(ACME, "ana", T0);
    record(GLOBEX, "gil", T0.plusSeconds(1));
    record(ACME, "bia", T0.plusSeconds(2));

    AuditPage acme = service.list(ACME, Optional.empty(), 50);

    assertThat(users(acme)).containsExactly("bia", "ana");
    assertThat(acme.next()).isEmpty();
    assertThat(users(service.list(GLOBEX, Optional.empty(), 50))).containsExactly("gil");
  }

  @Test
  void givenManyEntriesOnTheSameInstant_thenPagingVisitsEachExactlyOnce() {
    // Seven entries, five of them in one microsecond: pages of two end inside the tie.
    record(ACME, "u1", T0);
    for (int i = 2; i <= 6; i++) {
      record(ACME, "u" + i, T0.plusSeconds(10));
    }
    record(ACME, "u7", T0.plusSeconds(20));

    List<String> seen = new ArrayList<>();
    Optional<AuditCursor> cursor = Optional.empty();
    int pages = 0;
    do {
      AuditPage page = service.list(ACME, cursor, 2);
      seen.addAll(users(page));
      cursor = page.next();
      pages++;
    } while (cursor.isPresent());

    assertThat(seen).containsExactly("u7", "u6", "u5", "u4", "u3", "u2", "u1");
    assertThat(pages).isEqualTo(4);
  }

  @Test
  void givenAPageThatEndsExactlyAtTheLastEntry_thenThereIsNoNextCursor() {
    record(ACME, "ana", T0);
    record(ACME, "bia", T0.plusSeconds(1));

    AuditPage page = service.list(ACME, Optional.empty(), 2);

    assertThat(users(page)).containsExactly("bia", "ana");
    assertThat(page.next()).isEmpty();
  }

  @Test
  void theNextCursorPointsAtTheLastEntryOfThePage() {
    record(ACME, "ana", T0);
    record(ACME, "bia", T0.plusSeconds(1));

    AuditPage page = service.list(ACME, Optional.empty(), 1);

    StoredAuditEntry last = page.items().get(0);
    assertThat(page.next()).contains(new AuditCursor(T0.plusSeconds(1), last.id()));
  }

  @Test
  void givenAnInstant_thenOnlyEntriesStrictlyOlderAreListed() {
    record(ACME, "ana", T0);
    record(ACME, "bia", T0.plusSeconds(1));
    record(ACME, "caio", T0.plusSeconds(1));
    record(ACME, "davi", T0.plusSeconds(2));

    AuditPage page = service.list(ACME, Optional.of(AuditCursor.olderThan(T0.plusSeconds(1))), 50);

    assertThat(users(page)).containsExactly("ana");
  }

  @Test
  void givenAnotherTenantsCursor_thenItOnlyPositionsWithinTheCallersEntries() {
    record(GLOBEX, "gil", T0.plusSeconds(5));
    record(ACME, "ana", T0);
    AuditPage globex = service.list(GLOBEX, Optional.empty(), 1);

    AuditPage acme = service.list(ACME, Optional.of(AuditCursor.after(globex.items().get(0))), 50);

    assertThat(users(acme)).containsExactly("ana");
  }

  @Test
  void theTrailKeepsWhatWasRecorded_toTheNearestMicrosecond() {
    Instant withNanos = Instant.parse("2026-03-01T10:00:00.123456789Z");
    record(ACME, "ana", withNanos);

    AuditEntry read = service.list(ACME, Optional.empty(), 1).items().get(0).entry();

    assertThat(read.at()).isEqualTo(Instant.parse("2026-03-01T10:00:00.123457Z"));
    assertThat(read.details()).containsExactlyEntriesOf(Map.of("roomId", "sala-ana"));
    assertThat(read.address()).isEqualTo("203.0.113.7");
    assertThat(trail.entriesOf(ACME)).containsExactly(read);
  }

  @Test
  void aLimitOutsideOneToAHundredIsRefused() {
    assertThatThrownBy(() -> service.list(ACME, Optional.empty(), 0))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> service.list(ACME, Optional.empty(), ListAuditUseCase.MAX_LIMIT + 1))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(service.list(ACME, Optional.empty(), ListAuditUseCase.MAX_LIMIT).items()).isEmpty();
  }
}
