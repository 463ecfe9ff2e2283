package br.com.gravacoes.application.port.in;

import br.com.gravacoes.application.port.out.AuditCursor;
import br.com.gravacoes.domain.tenant.TenantId;
import java.util.Optional;

/** The audit trail of one tenant: who did what, newest first, one page at a time. */
public interface ListAuditUseCase {

  int MAX_LIMIT = 100;

  /**
   * Up to {@code limit} (1 to {@link #MAX_LIMIT}) of the tenant's entries after the cursor, if
   * given.
   */
  AuditPage list(TenantId tenant, Optional<AuditCursor> before, int limit);
}
