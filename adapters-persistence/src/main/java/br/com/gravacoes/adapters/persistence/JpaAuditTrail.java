package br.com.gravacoes.adapters.persistence;

import static br.com.gravacoes.adapters.persistence.Timestamps.fromResult;
import static br.com.gravacoes.adapters.persistence.Timestamps.toColumn;

import br.com.gravacoes.application.port.out.AuditAction;
import br.com.gravacoes.application.port.out.AuditCursor;
import br.com.gravacoes.application.port.out.AuditEntry;
import br.com.gravacoes.application.port.out.AuditTrail;
import br.com.gravacoes.application.port.out.StoredAuditEntry;
import br.com.gravacoes.domain.tenant.TenantId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Keeps the audit trail in {@code auditoria}: inserts and reads only, never an update. */
@ApplicationScoped
public class JpaAuditTrail implements AuditTrail {

  // The casts type the parameters that EclipseLink binds as varchar when they are null.
  private static final String INSERT =
      """
      INSERT INTO auditoria (tenant_id, usuario, acao, gravacao_id, reuniao_id, ip, detalhes,
          criado_em)
      VALUES (?1, ?2, ?3, CAST(?4 AS uuid), CAST(?5 AS uuid), CAST(?6 AS text),
          CAST(?7 AS jsonb), CAST(?8 AS timestamptz))
      """;

  private static final String COLUMNS =
      "SELECT id, usuario, acao, gravacao_id, reuniao_id, ip, CAST(detalhes AS text), criado_em"
          + " FROM auditoria WHERE tenant_id = ?1";

  private static final String NEWEST = COLUMNS + " ORDER BY criado_em DESC, id DESC LIMIT ?2";

  // A row comparison, so PostgreSQL reads auditoria_tenant_recentes from the cursor on; the id
  // orders the entries of one instant, so a page ending inside such a tie skips none of it.
  private static final String OLDER_THAN_CURSOR =
      COLUMNS
          + " AND (criado_em, id) < (CAST(?3 AS timestamptz), CAST(?4 AS bigint))"
          + " ORDER BY criado_em DESC, id DESC LIMIT ?2";

  @PersistenceContext(unitName = "gravacoes")
  private EntityManager entityManager;

  protected JpaAuditTrail() {}

  JpaAuditTrail(EntityManager entityManager) {
    this.entityManager = entityManager;
  }

  @Override
  @Transactional
  public void record(AuditEntry entry) {
    entityManager
        .createNativeQuery(INSERT)
        .setParameter(1, entry.tenant().value())
        .setParameter(2, entry.userId())
        .setParameter(3, entry.action().code())
        .setParameter(4, entry.recordingId())
        .setParameter(5, entry.meetingId())
        .setParameter(6, entry.address())
        .setParameter(7, AuditDetailsJson.write(entry.details()))
        .setParameter(8, toColumn(entry.at()))
        .executeUpdate();
  }

  @Override
  @Transactional
  public List<StoredAuditEntry> recent(TenantId tenant, Optional<AuditCursor> before, int limit) {
    if (limit < 1) {
      throw new IllegalArgumentException("limit must be at least 1");
    }
    Query query =
        entityManager
            .createNativeQuery(before.isPresent() ? OLDER_THAN_CURSOR : NEWEST)
            .setParameter(1, tenant.value())
            .setParameter(2, limit);
    before.ifPresent(
        cursor -> query.setParameter(3, toColumn(cursor.at())).setParameter(4, cursor.id()));
    @SuppressWarnings("unchecked")
    List<Object[]> rows = query.getResultList();
    return rows.stream().map(row -> toEntry(tenant, row)).toList();
  }

  private static StoredAuditEntry toEntry(TenantId tenant, Object[] row) {
    AuditEntry entry =
        new AuditEntry(
            tenant,
            (String) row[1],
            action((String) row[2]),
            fromResult(row[7]),
            (UUID) row[3],
            (UUID) row[4],
            (String) row[5],
            AuditDetailsJson.read((String) row[6]));
    return new StoredAuditEntry(((Number) row[0]).longValue(), entry);
  }

  private static AuditAction action(String code) {
    return Arrays.stream(AuditAction.values())
        .filter(action -> action.code().equals(code))
        .findFirst()
        .orElseThrow(() -> new IllegalStateException("unknown audit action: " + code));
  }
}
