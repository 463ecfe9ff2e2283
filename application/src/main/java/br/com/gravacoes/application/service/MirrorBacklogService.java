package br.com.gravacoes.application.service;

import br.com.gravacoes.application.port.in.Actor;
import br.com.gravacoes.application.port.in.MirrorStatusUseCase;
import br.com.gravacoes.application.port.in.RetryMirrorUseCase;
import br.com.gravacoes.application.port.out.AuditAction;
import br.com.gravacoes.application.port.out.AuditTrail;
import br.com.gravacoes.application.port.out.MirrorOutbox;
import br.com.gravacoes.application.port.out.TenantMirrorStatus;
import br.com.gravacoes.domain.tenant.TenantId;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/** Shows the mirror's backlog per tenant and puts parked changes back in line on request. */
public class MirrorBacklogService implements MirrorStatusUseCase, RetryMirrorUseCase {

  private static final Logger LOG = System.getLogger("gravacoes.mirror");

  private final MirrorOutbox outbox;
  private final AuditTrail audit;
  private final Clock clock;

  public MirrorBacklogService(MirrorOutbox outbox, AuditTrail audit, Clock clock) {
    this.outbox = outbox;
    this.audit = audit;
    this.clock = clock;
  }

  @Override
  public Optional<TenantMirrorStatus> status(TenantId tenant) {
    return outbox.status().stream().filter(status -> status.tenant().equals(tenant)).findFirst();
  }

  @Override
  public int retryParked(Actor actor) {
    Instant now = clock.instant();
    int requeued = outbox.requeueParked(Optional.of(actor.tenant()), now);
    LOG.log(
        Level.INFO,
        "[Recording Sync] {0} alterações paradas de volta à fila (tenant {1})",
        requeued,
        actor.tenant());
    Audits.entry(actor, AuditAction.MIRROR_RETRIED, now)
        .with("requeued", Integer.toString(requeued))
        .recordIn(audit);
    return requeued;
  }
}
