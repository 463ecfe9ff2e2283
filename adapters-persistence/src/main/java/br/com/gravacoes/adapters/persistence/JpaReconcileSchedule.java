package br.com.gravacoes.adapters.persistence;

import static br.com.gravacoes.adapters.persistence.Timestamps.toColumn;

import br.com.gravacoes.application.port.out.ReconcileSchedule;
import br.com.gravacoes.domain.recording.RecordingId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Keeps the reconciler's schedule and leases in {@code reconciliacao_gravacoes}, so that instances
 * sharing the database split the unfinished recordings between them.
 */
@ApplicationScoped
public class JpaReconcileSchedule implements ReconcileSchedule {

  // ?1 now, ?2 and ?3 the latest creation of a confirmed and of an unconfirmed active recording
  // worth a look, ?4 the limit, ?5 the lease's end. Times come from the caller's clock, not now(),
  // so tests control them. A lease ending at ?1 has ended.
  //
  // SKIP LOCKED lets concurrent claimers take different recordings instead of queueing. It is not
  // enough alone: a claimer whose snapshot predates another's committed claim still sees the row
  // free and locks it once released. The upsert's WHERE is evaluated on the latest committed
  // schedule row, so such a stale pick is dropped and never returned twice while leased.
  //
  // A recording that changed after its schedule was last written (a stop, a webhook) is due at
  // once and starts its backoff afresh: a long recording's slow checks must not delay the first
  // look at its video.
  private static final String CLAIM_DUE =
      """
      WITH due AS (
          SELECT g.id,
                 CASE WHEN r.gravacao_id IS NULL OR g.updated_at > r.updated_at THEN 0
                      ELSE r.tentativas END AS tentativas
          FROM gravacoes g
          LEFT JOIN reconciliacao_gravacoes r ON r.gravacao_id = g.id
          WHERE (g.status = 'processing'
                 OR (g.status = 'recording' AND g.recording_id_100ms IS NOT NULL
                     AND g.created_at <= CAST(?2 AS timestamptz))
                 OR (g.status = 'recording' AND g.recording_id_100ms IS NULL
                     AND g.created_at <= CAST(?3 AS timestamptz)))
            AND (r.gravacao_id IS NULL
                 OR ((r.proxima_verificacao <= CAST(?1 AS timestamptz)
                      OR g.updated_at > r.updated_at)
                     AND (r.reservado_ate IS NULL OR r.reservado_ate <= CAST(?1 AS timestamptz))))
          ORDER BY coalesce(r.proxima_verificacao, g.updated_at), g.id
          LIMIT ?4
          FOR UPDATE OF g SKIP LOCKED)
      INSERT INTO reconciliacao_gravacoes AS s
          (gravacao_id, tentativas, proxima_verificacao, reservado_ate, updated_at)
      SELECT id, tentativas, CAST(?1 AS timestamptz), CAST(?5 AS timestamptz),
             CAST(?1 AS timestamptz)
      FROM due
      ON CONFLICT (gravacao_id) DO UPDATE
          SET reservado_ate = EXCLUDED.reservado_ate, updated_at = EXCLUDED.updated_at,
              tentativas = EXCLUDED.tentativas
          WHERE (s.proxima_verificacao <= CAST(?1 AS timestamptz)
                 OR (SELECT g2.updated_at FROM gravacoes g2 WHERE g2.id = s.gravacao_id)
                    > s.updated_at)
            AND (s.reservado_ate IS NULL OR s.reservado_ate <= CAST(?1 AS timestamptz))
      RETURNING s.gravacao_id, s.tentativas
      """;

  private static final String RESCHEDULE =
      """
      UPDATE reconciliacao_gravacoes SET tentativas = tentativas + 1,
          proxima_verificacao = CAST(?1 AS timestamptz), reservado_ate = NULL,
          ultimo_erro = CAST(?2 AS text), updated_at = CAST(?4 AS timestamptz)
      WHERE gravacao_id = ?3 AND reservado_ate = CAST(?5 AS timestamptz)
      """;

  // Only the claim's holder may release it: the lease end identifies the claim.
  private static final String FINISH =
      "DELETE FROM reconciliacao_gravacoes WHERE gravacao_id = ?1"
          + " AND reservado_ate = CAST(?2 AS timestamptz)";

  // Recordings completed or failed by a webhook are never claimed again; drop their rows.
  private static final String FORGET_FINISHED =
      """
      DELETE FROM reconciliacao_gravacoes r USING gravacoes g
      WHERE r.gravacao_id = g.id AND g.status IN ('completed', 'failed')
      """;

  @PersistenceContext(unitName = "gravacoes")
  private EntityManager entityManager;

  protected JpaReconcileSchedule() {}

  JpaReconcileSchedule(EntityManager entityManager) {
    this.entityManager = entityManager;
  }

  @Override
  @Transactional
  public List<Ticket> claimDue(
      Instant now, int limit, Duration lease, Duration activeAfter, Duration unconfirmedAfter) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        entityManager
            .createNativeQuery(CLAIM_DUE)
            .setParameter(1, toColumn(now))
            .setParameter(2, toColumn(now.minus(activeAfter)))
            .setParameter(3, toColumn(now.minus(unconfirmedAfter)))
            .setParameter(4, limit)
            .setParameter(5, toColumn(now.plus(lease)))
            .getResultList();
    Instant leaseEnd = now.plus(lease);
    return rows.stream()
        .map(
            row ->
                new Ticket(new RecordingId((UUID) row[0]), ((Number) row[1]).intValue(), leaseEnd))
        .toList();
  }

  @Override
  @Transactional
  public void reschedule(Ticket ticket, Instant next, String lastError, Instant now) {
    entityManager
        .createNativeQuery(RESCHEDULE)
        .setParameter(1, toColumn(next))
        .setParameter(2, lastError)
        .setParameter(3, ticket.id().value())
        .setParameter(4, toColumn(now))
        .setParameter(5, toColumn(ticket.leasedUntil()))
        .executeUpdate();
  }

  @Override
  @Transactional
  public void finish(Ticket ticket) {
    entityManager
        .createNativeQuery(FINISH)
        .setParameter(1, ticket.id().value())
        .setParameter(2, toColumn(ticket.leasedUntil()))
        .executeUpdate();
  }

  @Override
  @Transactional
  public void forgetFinished() {
    entityManager.createNativeQuery(FORGET_FINISHED).executeUpdate();
  }
}
