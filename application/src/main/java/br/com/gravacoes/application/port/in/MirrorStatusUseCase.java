package br.com.gravacoes.application.port.in;

import br.com.gravacoes.application.port.out.TenantMirrorStatus;
import br.com.gravacoes.domain.tenant.TenantId;
import java.util.Optional;

/** Tells, per tenant, how far the mirror is behind and what went wrong last. */
public interface MirrorStatusUseCase {

  /** The tenant's mirror; empty when it never configured one nor had a change queued. */
  Optional<TenantMirrorStatus> status(TenantId tenant);
}
