package br.com.gravacoes.application.port.out;

import br.com.gravacoes.domain.tenant.TenantId;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * One audited action: who (user id), for which tenant, what, when, on which recording or meeting
 * (either may be null), from which address (null when unknown), and a few details that never hold a
 * secret.
 */
public record AuditEntry(
    TenantId tenant,
    String userId,
    AuditAction action,
    Instant at,
    UUID recordingId,
    UUID meetingId,
    String address,
    Map<String, String> details) {

  public AuditEntry {
    Objects.requireNonNull(tenant, "tenant");
    Objects.requireNonNull(userId, "user id");
    Objects.requireNonNull(action, "action");
    Objects.requireNonNull(at, "at");
    details = details == null ? Map.of() : Map.copyOf(details);
  }
}
