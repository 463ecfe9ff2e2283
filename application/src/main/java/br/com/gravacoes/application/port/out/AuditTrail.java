package br.com.gravacoes.application.port.out;

import br.com.gravacoes.domain.tenant.TenantId;
import java.util.List;
import java.util.Optional;

/**
 * Keeps the administrators' actions, per tenant, and reads them back newest first. Append-only:
 * nothing is ever changed or removed.
 */
public interface AuditTrail {

  void record(AuditEntry entry);

  /**
   * Up to {@code limit} (at least 1) entries of the tenant only, newest first by (at, id), and
   * strictly after {@code before} in that order when given.
   */
  List<StoredAuditEntry> recent(TenantId tenant, Optional<AuditCursor> before, int limit);
}
