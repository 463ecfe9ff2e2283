package br.com.gravacoes.application.port.in;

import br.com.gravacoes.application.port.out.AuditCursor;
import br.com.gravacoes.application.port.out.StoredAuditEntry;
import java.util.List;
import java.util.Optional;

/** One page of a tenant's audit trail and the cursor of the next one (empty on the last page). */
public record AuditPage(List<StoredAuditEntry> items, Optional<AuditCursor> next) {

  public AuditPage {
    items = List.copyOf(items);
  }
}
