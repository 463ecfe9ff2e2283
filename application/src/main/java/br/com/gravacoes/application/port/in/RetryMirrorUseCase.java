package br.com.gravacoes.application.port.in;

import br.com.gravacoes.domain.tenant.TenantId;
import java.util.Optional;

/** Puts parked changes back in line, once a tenant has fixed its key or table. */
public interface RetryMirrorUseCase {

  /** Re-queues the parked changes of one tenant, or of all; answers how many. */
  int retryParked(Optional<TenantId> tenant);
}
