package br.com.gravacoes.adapters.persistence;

import static br.com.gravacoes.adapters.persistence.Timestamps.toColumn;

import br.com.gravacoes.application.port.in.EventOutcome;
import br.com.gravacoes.application.port.in.ProviderEvent;
import br.com.gravacoes.application.port.out.ProviderEventStore;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;

/** Keeps 100ms events in {@code eventos_100ms}, by event id, until they are handled. */
@ApplicationScoped
public class JpaProviderEventStore implements ProviderEventStore {

  // One statement decides, so two deliveries of one id at once cannot both be NEW: the second
  // waits on the first's row and counts one more attempt. Only the insert leaves tentativas at 1,
  // which tells the caller it was first without relying on system columns (xmax).
  private static final String REGISTER =
      """
      INSERT INTO eventos_100ms (id, tipo, tipo_100ms, recording_id_100ms, room_id_100ms,
          session_id_100ms, ocorrido_em, replay, dados, recebido_em)
      VALUES (?1, ?2, CAST(?3 AS text), CAST(?4 AS text), CAST(?5 AS text), CAST(?6 AS text),
          CAST(?7 AS timestamptz), ?8, CAST(?9 AS jsonb), CAST(?10 AS timestamptz))
      ON CONFLICT (id) DO UPDATE SET tentativas = eventos_100ms.tentativas + 1
      RETURNING tentativas = 1, processado_em IS NOT NULL
      """;

  // The first outcome stands: a late duplicate handling must not overwrite it.
  private static final String MARK_DONE =
      """
      UPDATE eventos_100ms SET processado_em = CAST(?1 AS timestamptz), resultado = ?2
      WHERE id = ?3 AND processado_em IS NULL
      """;

  private static final String EXPIRE_PENDING =
      """
      UPDATE eventos_100ms SET processado_em = CAST(?1 AS timestamptz), resultado = 'UNMATCHED'
      WHERE processado_em IS NULL AND recebido_em < CAST(?2 AS timestamptz)
      """;

  @PersistenceContext(unitName = "gravacoes")
  private EntityManager entityManager;

  protected JpaProviderEventStore() {}

  JpaProviderEventStore(EntityManager entityManager) {
    this.entityManager = entityManager;
  }

  @Override
  @Transactional
  public Seen register(ProviderEvent event, Instant receivedAt) {
    Object[] row =
        (Object[])
            entityManager
                .createNativeQuery(REGISTER)
                .setParameter(1, event.id())
                .setParameter(2, event.type().name())
                .setParameter(3, event.providerType())
                .setParameter(4, event.hmsRecordingId())
                .setParameter(5, event.roomId())
                .setParameter(6, event.sessionId())
                .setParameter(7, toColumn(event.occurredAt()))
                .setParameter(8, event.replay())
                .setParameter(9, ProviderEventDetails.of(event).toJson())
                .setParameter(10, toColumn(receivedAt))
                .getSingleResult();
    if (Boolean.TRUE.equals(row[0])) {
      return Seen.NEW;
    }
    return Boolean.TRUE.equals(row[1]) ? Seen.DONE : Seen.PENDING;
  }

  @Override
  @Transactional
  public void markDone(String eventId, EventOutcome outcome, Instant at) {
    entityManager
        .createNativeQuery(MARK_DONE)
        .setParameter(1, toColumn(at))
        .setParameter(2, outcome.name())
        .setParameter(3, eventId)
        .executeUpdate();
  }

  @Override
  @Transactional
  public int expirePending(Instant before, Instant at) {
    return entityManager
        .createNativeQuery(EXPIRE_PENDING)
        .setParameter(1, toColumn(at))
        .setParameter(2, toColumn(before))
        .executeUpdate();
  }

  @Override
  @Transactional
  public List<ProviderEvent> pending(Instant since, int limit) {
    return entityManager
        .createQuery(
            "SELECT e FROM ProviderEventJpaEntity e"
                + " WHERE e.processedAt IS NULL AND e.receivedAt >= :since"
                + " ORDER BY e.receivedAt, e.id",
            ProviderEventJpaEntity.class)
        .setParameter("since", toColumn(since))
        .setMaxResults(limit)
        .getResultStream()
        .map(ProviderEventJpaEntity::toDomain)
        .toList();
  }
}
