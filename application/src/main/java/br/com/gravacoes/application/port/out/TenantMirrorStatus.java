package br.com.gravacoes.application.port.out;

import br.com.gravacoes.domain.tenant.TenantId;
import java.time.Instant;

/**
 * How far a tenant's mirror is behind: changes waiting and since when, changes parked after a
 * permanent refusal, and the last success and error. Absent times are null.
 */
public record TenantMirrorStatus(
    TenantId tenant,
    long pending,
    Instant oldestPendingAt,
    long parked,
    Instant lastSuccessAt,
    String lastError,
    Instant lastErrorAt,
    int consecutiveFailures,
    Instant nextAttemptAt) {}
