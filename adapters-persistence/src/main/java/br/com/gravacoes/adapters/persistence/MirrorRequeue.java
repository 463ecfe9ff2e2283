package br.com.gravacoes.adapters.persistence;

import static br.com.gravacoes.adapters.persistence.Timestamps.toColumn;

import br.com.gravacoes.domain.tenant.TenantId;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.Optional;

/** Puts parked mirror changes back in line, and makes their tenants due at once. */
final class MirrorRequeue {

  private static final String REQUEUE =
      """
      WITH requeued AS (
          UPDATE espelho_eventos SET estado = 'pendente', erro = NULL, parado_em = NULL
          WHERE estado = 'parado' AND (CAST(?1 AS text) IS NULL OR tenant_id = CAST(?1 AS text))
          RETURNING tenant_id),
      due AS (
          UPDATE espelho_tenants SET proxima_tentativa = CAST(?2 AS timestamptz),
              falhas_seguidas = 0
          WHERE tenant_id IN (SELECT tenant_id FROM requeued))
      SELECT count(*) FROM requeued
      """;

  private MirrorRequeue() {}

  static int run(EntityManager entityManager, Optional<TenantId> tenant, Instant now) {
    Object count =
        entityManager
            .createNativeQuery(REQUEUE)
            .setParameter(1, tenant.map(TenantId::value).orElse(null))
            .setParameter(2, toColumn(now))
            .getSingleResult();
    return ((Number) count).intValue();
  }
}
