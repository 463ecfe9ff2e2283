package br.com.gravacoes.application.service;

import br.com.gravacoes.application.port.in.MirrorStatusUseCase;
import br.com.gravacoes.application.port.in.RetryMirrorUseCase;
import br.com.gravacoes.application.port.out.MirrorOutbox;
import br.com.gravacoes.application.port.out.TenantMirrorStatus;
import br.com.gravacoes.domain.tenant.TenantId;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/** Shows the mirror's backlog per tenant and puts parked changes back in line on request. */
public class MirrorBacklogService implements MirrorStatusUseCase, RetryMirrorUseCase {

  private static final Logger LOG = System.getLogger("gravacoes.mirror");

  private final MirrorOutbox outbox;
  private final Clock clock;

  public MirrorBacklogService(MirrorOutbox outbox, Clock clock) {
    this.outbox = outbox;
    this.clock = clock;
  }

  @Override
  public List<TenantMirrorStatus> status() {
    return outbox.status();
  }

  @Override
  public int retryParked(Optional<TenantId> tenant) {
    int requeued = outbox.requeueParked(tenant, clock.instant());
    LOG.log(
        Level.INFO,
        "[Recording Sync] {0} alterações paradas de volta à fila ({1})",
        requeued,
        tenant.map(TenantId::value).orElse("todos os tenants"));
    return requeued;
  }
}
