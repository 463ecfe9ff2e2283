package br.com.gravacoes.bootstrap.wiring;

import br.com.gravacoes.adapters.supabase.MirrorSettings;
import br.com.gravacoes.application.port.in.DeliverMirrorUseCase;
import br.com.gravacoes.application.port.in.MirrorStatusUseCase;
import br.com.gravacoes.application.port.in.RetryMirrorUseCase;
import br.com.gravacoes.application.port.out.AuditTrail;
import br.com.gravacoes.application.port.out.MirrorOutbox;
import br.com.gravacoes.application.port.out.MirrorProjectRepository;
import br.com.gravacoes.application.port.out.RecordingMirrorPort;
import br.com.gravacoes.application.service.MirrorBacklogService;
import br.com.gravacoes.application.service.MirrorDeliveryService;
import br.com.gravacoes.application.service.MirrorPolicy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;
import java.util.concurrent.ThreadLocalRandom;

/** Creates the services of the Supabase mirror: delivery, backlog status and retry. */
@ApplicationScoped
public class MirrorProducers {

  @Produces
  @ApplicationScoped
  DeliverMirrorUseCase delivery(
      MirrorOutbox outbox,
      MirrorProjectRepository projects,
      RecordingMirrorPort mirror,
      MirrorSettings settings,
      Clock clock) {
    MirrorPolicy policy =
        new MirrorPolicy(
            settings.batchSize(),
            settings.lease(),
            settings.requestBudget(),
            settings.batchesPerClaim(),
            settings.firstBackoff(),
            settings.maxBackoff(),
            settings.circuitThreshold(),
            settings.circuitOpen());
    return new MirrorDeliveryService(
        outbox, projects, mirror, policy, () -> ThreadLocalRandom.current().nextDouble(), clock);
  }

  @Produces
  @ApplicationScoped
  MirrorStatusUseCase status(MirrorOutbox outbox, AuditTrail audit, Clock clock) {
    return new MirrorBacklogService(outbox, audit, clock);
  }

  @Produces
  @ApplicationScoped
  RetryMirrorUseCase retry(MirrorOutbox outbox, AuditTrail audit, Clock clock) {
    return new MirrorBacklogService(outbox, audit, clock);
  }
}
