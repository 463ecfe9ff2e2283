package br.com.gravacoes.adapters.persistence;

import static br.com.gravacoes.adapters.persistence.Timestamps.fromResult;

import br.com.gravacoes.application.port.out.TenantMirrorStatus;
import br.com.gravacoes.domain.tenant.TenantId;
import jakarta.persistence.EntityManager;
import java.util.List;

/**
 * The mirror's state per tenant: every tenant with a project configured or a change ever queued
 * (its delivery row is created with its first change).
 */
final class MirrorStatusQuery {

  private static final String STATUS =
      """
      WITH tenants AS (
          SELECT tenant_id FROM supabase_config UNION SELECT tenant_id FROM espelho_tenants)
      SELECT n.tenant_id,
             (SELECT count(*) FROM espelho_eventos e
              WHERE e.tenant_id = n.tenant_id AND e.estado = 'pendente'),
             (SELECT min(criado_em) FROM espelho_eventos e
              WHERE e.tenant_id = n.tenant_id AND e.estado = 'pendente'),
             (SELECT count(*) FROM espelho_eventos e
              WHERE e.tenant_id = n.tenant_id AND e.estado = 'parado'),
             t.ultimo_sucesso, t.ultimo_erro, t.ultimo_erro_em,
             coalesce(t.falhas_seguidas, 0),
             CASE WHEN t.proxima_tentativa = '-infinity' THEN NULL ELSE t.proxima_tentativa END
      FROM tenants n LEFT JOIN espelho_tenants t ON t.tenant_id = n.tenant_id
      ORDER BY n.tenant_id
      """;

  private MirrorStatusQuery() {}

  static List<TenantMirrorStatus> run(EntityManager entityManager) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows = entityManager.createNativeQuery(STATUS).getResultList();
    // A tenant id typed by hand into supabase_config that no tenant can have is left out, rather
    // than failing the whole answer.
    return rows.stream()
        .filter(row -> isTenantId(row[0]))
        .map(MirrorStatusQuery::toStatus)
        .toList();
  }

  private static boolean isTenantId(Object value) {
    try {
      new TenantId((String) value);
      return true;
    } catch (IllegalArgumentException | NullPointerException notATenant) {
      return false;
    }
  }

  private static TenantMirrorStatus toStatus(Object[] row) {
    return new TenantMirrorStatus(
        new TenantId((String) row[0]),
        ((Number) row[1]).longValue(),
        fromResult(row[2]),
        ((Number) row[3]).longValue(),
        fromResult(row[4]),
        (String) row[5],
        fromResult(row[6]),
        ((Number) row[7]).intValue(),
        fromResult(row[8]));
  }
}
