package br.com.gravacoes.application.service;

import br.com.gravacoes.application.port.in.AuditPage;
import br.com.gravacoes.application.port.in.ListAuditUseCase;
import br.com.gravacoes.application.port.out.AuditCursor;
import br.com.gravacoes.application.port.out.AuditTrail;
import br.com.gravacoes.application.port.out.StoredAuditEntry;
import br.com.gravacoes.domain.tenant.TenantId;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** Reads a tenant's audit trail page by page. */
public final class AuditLogService implements ListAuditUseCase {

  private final AuditTrail trail;

  public AuditLogService(AuditTrail trail) {
    this.trail = trail;
  }

  @Override
  public AuditPage list(TenantId tenant, Optional<AuditCursor> before, int limit) {
    Objects.requireNonNull(tenant, "tenant");
    Objects.requireNonNull(before, "before");
    if (limit < 1 || limit > MAX_LIMIT) {
      throw new IllegalArgumentException("limit must be between 1 and " + MAX_LIMIT);
    }
    // One entry more than the page tells whether another page follows, without a count.
    List<StoredAuditEntry> rows = trail.recent(tenant, before, limit + 1);
    if (rows.size() <= limit) {
      return new AuditPage(rows, Optional.empty());
    }
    List<StoredAuditEntry> page = rows.subList(0, limit);
    return new AuditPage(page, Optional.of(AuditCursor.after(page.get(limit - 1))));
  }
}
