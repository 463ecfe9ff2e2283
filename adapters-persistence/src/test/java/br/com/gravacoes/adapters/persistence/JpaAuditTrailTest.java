package br.com.gravacoes.adapters.persistence;

import static br.com.gravacoes.adapters.persistence.RecordingFixtures.NOW;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import br.com.gravacoes.application.port.out.AuditAction;
import br.com.gravacoes.application.port.out.AuditCursor;
import br.com.gravacoes.application.port.out.AuditEntry;
import br.com.gravacoes.application.port.out.AuditTrail;
import br.com.gravacoes.application.port.out.StoredAuditEntry;
import br.com.gravacoes.domain.tenant.TenantId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class JpaAuditTrailTest extends RepositoryTestBase {

  private static AuditTrail audit;

  // Each test writes under tenants of its own: the table is append-only, nothing is cleaned up.
  private final TenantId tenant = newTenant();

  @BeforeAll
  static void openAuditTrail() {
    audit = unit.transactional(AuditTrail.class, JpaAuditTrail::new);
  }

  private static TenantId newTenant() {
    return new TenantId("t-" + UUID.randomUUID());
  }

  private static AuditEntry entry(TenantId tenant, String user, Instant at) {
    return new AuditEntry(
        tenant, user, AuditAction.RECORDING_STARTED, at, null, null, null, Map.of());
  }

  private static List<StoredAuditEntry> all(TenantId tenant) {
    return audit.recent(tenant, Optional.empty(), 1_000);
  }

  private static List<String> users(List<StoredAuditEntry> page) {
    return page.stream().map(stored -> stored.entry().userId()).toList();
  }

  @Test
  void givenAFullEntry_thenEveryFieldReadsBackAsRecorded() {
    AuditEntry recorded =
        new AuditEntry(
            tenant,
            "auth0|admin-42",
            AuditAction.RECORDING_STOPPED,
            NOW,
            UUID.randomUUID(),
            UUID.randomUUID(),
            "2001:db8::7",
            Map.of("roomId", "sala-1", "status", "processing"));

    audit.record(recorded);

    StoredAuditEntry read = all(tenant).get(0);
    assertThat(read.entry()).isEqualTo(recorded);
    assertThat(read.id()).isPositive();
    assertThat(column(read, "acao")).isEqualTo("gravacao.parada");
    assertThat(column(read, "ip")).isEqualTo("2001:db8::7");
    assertThat(column(read, "criado_em = CAST('2025-03-01T12:34:56.123456Z' AS timestamptz)"))
        .isEqualTo(true);
  }

  @Test
  void givenAnEntryNamingNothing_thenItsOptionalColumnsAreNullAndItsDetailsAnEmptyObject() {
    audit.record(
        new AuditEntry(tenant, "ana", AuditAction.MIRROR_RETRIED, NOW, null, null, null, null));

    StoredAuditEntry read = all(tenant).get(0);

    assertThat(read.entry().recordingId()).isNull();
    assertThat(read.entry().meetingId()).isNull();
    assertThat(read.entry().address()).isNull();
    assertThat(read.entry().details()).isEmpty();
    assertThat(column(read, "detalhes = '{}'::jsonb")).isEqualTo(true);
  }

  @Test
  void detailsAreAJsonObjectOfTexts_unicodeAndEscapesIncluded() {
    Map<String, String> details =
        Map.of(
            "título", "Reunião de diretoria — ação nº 1 ✓ 🎥",
            "aspas", "\"citado\" e \\barra\\",
            "linhas", "primeira\nsegunda\ttab",
            "vazio", "");

    audit.record(
        new AuditEntry(
            tenant, "joão", AuditAction.HMS_SETTINGS_CHANGED, NOW, null, null, null, details));

    StoredAuditEntry read = all(tenant).get(0);
    assertThat(read.entry().details()).containsExactlyInAnyOrderEntriesOf(details);
    assertThat(read.entry().userId()).isEqualTo("joão");
    assertThat(column(read, "jsonb_typeof(detalhes)")).isEqualTo("object");
    assertThat(column(read, "detalhes ->> 'título'"))
        .isEqualTo("Reunião de diretoria — ação nº 1 ✓ 🎥");
  }

  @Test
  void everyActionIsStoredByItsCodeAndReadBack() {
    for (AuditAction action : AuditAction.values()) {
      audit.record(new AuditEntry(tenant, "ana", action, NOW, null, null, null, Map.of()));
    }

    assertThat(all(tenant).stream().map(stored -> stored.entry().action()))
        .containsExactlyInAnyOrder(AuditAction.values());
    List<Object> codes =
        unit.inTransaction(
            em ->
                em.createNativeQuery("SELECT acao FROM auditoria WHERE tenant_id = ?1")
                    .setParameter(1, tenant.value())
                    .getResultList());
    assertThat(codes)
        .containsExactlyInAnyOrderElementsOf(
            Arrays.stream(AuditAction.values()).map(AuditAction::code).toList());
  }

  @Test
  void aTenantNeverReadsAnotherTenantsEntries_evenWithTheOthersCursor() {
    TenantId other = newTenant();
    audit.record(entry(tenant, "ana", NOW));
    audit.record(entry(other, "gil", NOW.plusSeconds(1)));
    audit.record(entry(tenant, "bia", NOW.plusSeconds(2)));
    audit.record(entry(other, "hugo", NOW.plusSeconds(3)));

    assertThat(users(all(tenant))).containsExactly("bia", "ana");
    assertThat(users(all(other))).containsExactly("hugo", "gil");
    AuditCursor othersCursor = AuditCursor.after(all(other).get(0));
    assertThat(users(audit.recent(tenant, Optional.of(othersCursor), 10)))
        .containsExactly("bia", "ana");
    assertThat(all(newTenant())).isEmpty();
  }

  @Test
  void givenEntriesOnTheSameInstant_thenTheIdOrdersThem_andCursorPagesSkipNone() {
    audit.record(entry(tenant, "u1", NOW));
    for (int i = 2; i <= 6; i++) {
      audit.record(entry(tenant, "u" + i, NOW.plusSeconds(10)));
    }
    audit.record(entry(tenant, "u7", NOW.plusSeconds(20)));

    List<String> seen = new ArrayList<>();
    Optional<AuditCursor> cursor = Optional.empty();
    for (int page = 0; page < 4; page++) {
      List<StoredAuditEntry> rows = audit.recent(tenant, cursor, 2);
      seen.addAll(users(rows));
      cursor = Optional.of(AuditCursor.after(rows.get(rows.size() - 1)));
    }

    assertThat(seen).containsExactly("u7", "u6", "u5", "u4", "u3", "u2", "u1");
    assertThat(audit.recent(tenant, cursor, 2)).isEmpty();
  }

  @Test
  void givenAnInstant_thenOnlyEntriesStrictlyOlderAreRead() {
    audit.record(entry(tenant, "ana", NOW));
    audit.record(entry(tenant, "bia", NOW.plusSeconds(1)));
    audit.record(entry(tenant, "caio", NOW.plusSeconds(1)));
    audit.record(entry(tenant, "davi", NOW.plusSeconds(2)));

    List<StoredAuditEntry> older =
        audit.recent(tenant, Optional.of(AuditCursor.olderThan(NOW.plusSeconds(1))), 10);

    assertThat(users(older)).containsExactly("ana");
  }

  @Test
  void instantsAreKeptToTheMicrosecond_roundedToTheNearest() {
    audit.record(entry(tenant, "ana", Instant.parse("2026-03-01T10:00:00.123456789Z")));
    audit.record(entry(tenant, "bia", Instant.parse("2026-03-01T10:00:01.123456499Z")));
    audit.record(entry(tenant, "caio", Instant.parse("2026-03-01T10:00:02.999999500Z")));

    assertThat(all(tenant).stream().map(stored -> stored.entry().at()))
        .containsExactly(
            Instant.parse("2026-03-01T10:00:03Z"),
            Instant.parse("2026-03-01T10:00:01.123456Z"),
            Instant.parse("2026-03-01T10:00:00.123457Z"));
  }

  @Test
  void theLimitCapsThePage_andMustBePositive() {
    for (int i = 0; i < 5; i++) {
      audit.record(entry(tenant, "u" + i, NOW.plusSeconds(i)));
    }

    assertThat(users(audit.recent(tenant, Optional.empty(), 3))).containsExactly("u4", "u3", "u2");
    assertThatThrownBy(() -> audit.recent(tenant, Optional.empty(), 0))
        .isInstanceOf(IllegalArgumentException.class);
  }

  private static Object column(StoredAuditEntry stored, String expression) {
    return unit.inTransaction(
        em ->
            em.createNativeQuery("SELECT " + expression + " FROM auditoria WHERE id = ?1")
                .setParameter(1, stored.id())
                .getSingleResult());
  }
}
