package br.com.gravacoes.adapters.persistence;

import static br.com.gravacoes.adapters.persistence.Timestamps.toColumn;

import br.com.gravacoes.application.port.out.MirrorOutbox;
import br.com.gravacoes.application.port.out.MirroredRecording;
import br.com.gravacoes.application.port.out.TenantMirrorStatus;
import br.com.gravacoes.domain.recording.RecordingId;
import br.com.gravacoes.domain.tenant.TenantId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Keeps the mirror's outbox in {@code espelho_eventos} and each tenant's delivery state and lease
 * in {@code espelho_tenants}, so that instances sharing the database split the tenants between them
 * and a change is never lost when an instance dies: its lease runs out and another takes over.
 */
@ApplicationScoped
public class JpaMirrorOutbox implements MirrorOutbox {

  // ?1 now, ?2 the lease's end. SKIP LOCKED lets instances claim different tenants at once; the
  // outer WHERE is checked again on the latest committed row, so a claim another instance has just
  // committed is never taken twice.
  private static final String CLAIM =
      """
      UPDATE espelho_tenants t SET reservado_ate = CAST(?2 AS timestamptz)
      WHERE t.tenant_id = (
          SELECT s.tenant_id FROM espelho_tenants s
          WHERE s.proxima_tentativa <= CAST(?1 AS timestamptz)
            AND (s.reservado_ate IS NULL OR s.reservado_ate <= CAST(?1 AS timestamptz))
            AND EXISTS (SELECT 1 FROM espelho_eventos e
                        WHERE e.tenant_id = s.tenant_id AND e.estado = 'pendente')
          ORDER BY s.proxima_tentativa, s.tenant_id
          LIMIT 1
          FOR UPDATE SKIP LOCKED)
        AND (t.reservado_ate IS NULL OR t.reservado_ate <= CAST(?1 AS timestamptz))
      RETURNING t.tenant_id, t.falhas_seguidas
      """;

  private static final String PENDING =
      "SELECT id, gravacao_id FROM espelho_eventos WHERE tenant_id = ?1 AND estado = 'pendente'"
          + " ORDER BY id LIMIT ?2";

  private static final String CURRENT_ROWS =
      """
      SELECT id, reuniao_id, tenant_id, room_id_100ms, session_id_100ms, recording_id_100ms,
             asset_id, status, started_at, stopped_at, duration, file_url, file_size,
             thumbnail_url, CAST(metadata AS text), created_at, updated_at
      FROM gravacoes WHERE id = ANY (CAST(?1 AS uuid[]))
      """;

  // The parked changes of a delivered recording are older than the row just sent: forget them.
  private static final String FORGET_DELIVERED =
      """
      DELETE FROM espelho_eventos WHERE id = ANY (CAST(?1 AS bigint[]))
          OR (tenant_id = ?2 AND estado = 'parado' AND gravacao_id = ANY (CAST(?3 AS uuid[])))
      """;

  // A holder whose lease ran out before its rows landed may have overwritten newer rows another
  // instance sent meanwhile: the recordings go back in line, so their latest state is sent again.
  private static final String REQUEUE_SENT =
      """
      INSERT INTO espelho_eventos (gravacao_id, tenant_id, criado_em)
      SELECT DISTINCT g, ?2, CAST(?3 AS timestamptz) FROM unnest(CAST(?1 AS uuid[])) AS g
      """;

  private static final String FORGET =
      "DELETE FROM espelho_eventos WHERE id = ANY (CAST(?1 AS bigint[]))";

  private static final String PARK =
      "UPDATE espelho_eventos SET estado = 'parado', erro = ?2, parado_em = CAST(?3 AS timestamptz)"
          + " WHERE id = ANY (CAST(?1 AS bigint[]))";

  // Only the claim's holder writes the tenant's state: the lease end identifies the claim.
  private static final String SUCCEEDED =
      """
      UPDATE espelho_tenants SET ultimo_sucesso = CAST(?2 AS timestamptz), falhas_seguidas = 0
      WHERE tenant_id = ?1 AND reservado_ate = CAST(?3 AS timestamptz)
      """;

  private static final String REFUSED =
      """
      UPDATE espelho_tenants SET ultimo_erro = ?2, ultimo_erro_em = CAST(?3 AS timestamptz)
      WHERE tenant_id = ?1 AND reservado_ate = CAST(?4 AS timestamptz)
      """;

  private static final String FAILED =
      """
      UPDATE espelho_tenants SET falhas_seguidas = ?2, ultimo_erro = ?3,
          ultimo_erro_em = CAST(?4 AS timestamptz), proxima_tentativa = CAST(?5 AS timestamptz),
          reservado_ate = NULL
      WHERE tenant_id = ?1 AND reservado_ate = CAST(?6 AS timestamptz)
      """;

  private static final String RELEASE =
      """
      UPDATE espelho_tenants SET proxima_tentativa = CAST(?2 AS timestamptz), reservado_ate = NULL
      WHERE tenant_id = ?1 AND reservado_ate = CAST(?3 AS timestamptz)
      """;

  @PersistenceContext(unitName = "gravacoes")
  private EntityManager entityManager;

  protected JpaMirrorOutbox() {}

  JpaMirrorOutbox(EntityManager entityManager) {
    this.entityManager = entityManager;
  }

  @Override
  @Transactional
  public Optional<TenantClaim> claimTenant(Instant now, Duration lease) {
    Instant leaseEnd = now.plus(lease);
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        entityManager
            .createNativeQuery(CLAIM)
            .setParameter(1, toColumn(now))
            .setParameter(2, toColumn(leaseEnd))
            .getResultList();
    return rows.stream()
        .findFirst()
        .map(
            row ->
                new TenantClaim(
                    new TenantId((String) row[0]), ((Number) row[1]).intValue(), leaseEnd));
  }

  @Override
  @Transactional
  public List<Change> pending(TenantClaim claim, int limit) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        entityManager
            .createNativeQuery(PENDING)
            .setParameter(1, claim.tenant().value())
            .setParameter(2, limit)
            .getResultList();
    return rows.stream()
        .map(row -> new Change(((Number) row[0]).longValue(), new RecordingId((UUID) row[1])))
        .toList();
  }

  @Override
  @Transactional
  public List<MirroredRecording> currentRows(Collection<RecordingId> recordings) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        entityManager
            .createNativeQuery(CURRENT_ROWS)
            .setParameter(1, SqlArrays.recordings(recordings))
            .getResultList();
    return rows.stream().map(MirroredRowMapper::fromColumns).toList();
  }

  @Override
  @Transactional
  public void delivered(TenantClaim claim, List<Change> changes, Instant now) {
    int stillOurs =
        entityManager
            .createNativeQuery(SUCCEEDED)
            .setParameter(1, claim.tenant().value())
            .setParameter(2, toColumn(now))
            .setParameter(3, toColumn(claim.leasedUntil()))
            .executeUpdate();
    String recordings = SqlArrays.recordings(changes.stream().map(Change::recording).toList());
    entityManager
        .createNativeQuery(FORGET_DELIVERED)
        .setParameter(1, SqlArrays.ids(changes))
        .setParameter(2, claim.tenant().value())
        .setParameter(3, recordings)
        .executeUpdate();
    if (stillOurs == 0) {
      entityManager
          .createNativeQuery(REQUEUE_SENT)
          .setParameter(1, recordings)
          .setParameter(2, claim.tenant().value())
          .setParameter(3, toColumn(now))
          .executeUpdate();
    }
  }

  @Override
  @Transactional
  public void skipped(TenantClaim claim, List<Change> changes) {
    entityManager.createNativeQuery(FORGET).setParameter(1, SqlArrays.ids(changes)).executeUpdate();
  }

  @Override
  @Transactional
  public void parked(TenantClaim claim, List<Change> changes, String error, Instant now) {
    entityManager
        .createNativeQuery(PARK)
        .setParameter(1, SqlArrays.ids(changes))
        .setParameter(2, error)
        .setParameter(3, toColumn(now))
        .executeUpdate();
    entityManager
        .createNativeQuery(REFUSED)
        .setParameter(1, claim.tenant().value())
        .setParameter(2, error)
        .setParameter(3, toColumn(now))
        .setParameter(4, toColumn(claim.leasedUntil()))
        .executeUpdate();
  }

  @Override
  @Transactional
  public void failed(
      TenantClaim claim, int failuresInARow, String error, Instant next, Instant now) {
    entityManager
        .createNativeQuery(FAILED)
        .setParameter(1, claim.tenant().value())
        .setParameter(2, failuresInARow)
        .setParameter(3, error)
        .setParameter(4, toColumn(now))
        .setParameter(5, toColumn(next))
        .setParameter(6, toColumn(claim.leasedUntil()))
        .executeUpdate();
  }

  @Override
  @Transactional
  public void release(TenantClaim claim, Instant next) {
    entityManager
        .createNativeQuery(RELEASE)
        .setParameter(1, claim.tenant().value())
        .setParameter(2, toColumn(next))
        .setParameter(3, toColumn(claim.leasedUntil()))
        .executeUpdate();
  }

  @Override
  @Transactional
  public List<TenantMirrorStatus> status() {
    return MirrorStatusQuery.run(entityManager);
  }

  @Override
  @Transactional
  public int requeueParked(Optional<TenantId> tenant, Instant now) {
    return MirrorRequeue.run(entityManager, tenant, now);
  }
}
