package br.com.gravacoes.application.port.in;

import br.com.gravacoes.application.port.out.TenantMirrorStatus;
import java.util.List;

/** Tells, per tenant, how far the mirror is behind and what went wrong last. */
public interface MirrorStatusUseCase {

  List<TenantMirrorStatus> status();
}
