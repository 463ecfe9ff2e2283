package br.com.gravacoes.application.service;

import br.com.gravacoes.application.port.in.HandleProviderEventUseCase;
import br.com.gravacoes.application.port.in.ProviderEvent;
import br.com.gravacoes.application.port.in.ReconcileRecordingsUseCase;
import br.com.gravacoes.application.port.in.ReconcileReport;
import br.com.gravacoes.application.port.out.HmsCredentialsRepository;
import br.com.gravacoes.application.port.out.ProviderEventStore;
import br.com.gravacoes.application.port.out.ReconcileSchedule;
import br.com.gravacoes.application.port.out.ReconcileSchedule.Ticket;
import br.com.gravacoes.application.port.out.RecordingMetrics;
import br.com.gravacoes.application.port.out.RecordingRepository;
import br.com.gravacoes.application.port.out.RecordingSessionPort;
import br.com.gravacoes.domain.recording.Recording;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * One pass of the reconciler: claims the due recordings (a lease, so several instances never handle
 * one recording at once), reconciles each with 100ms, schedules the next look with backoff, and
 * retries the events that matched no recording yet.
 */
public final class ReconcileRecordingsService implements ReconcileRecordingsUseCase {

  private static final Logger LOG = System.getLogger("gravacoes.reconcile");

  private final RecordingRepository recordings;
  private final ReconcileSchedule schedule;
  private final ProviderEventStore events;
  private final HandleProviderEventUseCase eventHandler;
  private final RecordingReconciler reconciler;
  private final ReconcilePolicy policy;
  private final Clock clock;

  public ReconcileRecordingsService(
      RecordingRepository recordings,
      HmsCredentialsRepository credentials,
      RecordingSessionPort sessions,
      ReconcileSchedule schedule,
      ProviderEventStore events,
      HandleProviderEventUseCase eventHandler,
      ReconcilePolicy policy,
      RecordingMetrics metrics,
      Clock clock) {
    this.recordings = recordings;
    this.schedule = schedule;
    this.events = events;
    this.eventHandler = eventHandler;
    this.reconciler =
        new RecordingReconciler(
            recordings, credentials, sessions, policy.abandonedClaimAfter(), metrics);
    this.policy = policy;
    this.clock = clock;
  }

  @Override
  public ReconcileReport reconcileDue() {
    Instant now = clock.instant();
    List<Ticket> due =
        schedule.claimDue(
            now,
            policy.batchSize(),
            policy.lease(),
            policy.activeCheckAfter(),
            policy.abandonedClaimAfter());
    Instant leaseEnd = now.plus(policy.lease());
    int changed = 0;
    for (Ticket ticket : due) {
      if (!clock.instant().isBefore(leaseEnd)) {
        // Past our lease another instance may hold these recordings: leave them to it.
        LOG.log(Level.WARNING, "[Reconcile] Prazo da reserva esgotado; o resto fica para depois");
        break;
      }
      if (reconcile(ticket, clock.instant())) {
        changed++;
      }
    }
    int retried = retryPendingEvents(now);
    schedule.forgetFinished();
    return new ReconcileReport(due.size(), changed, retried);
  }

  private boolean reconcile(Ticket ticket, Instant now) {
    Optional<Recording> before = recordings.findById(ticket.id());
    if (before.isEmpty()) {
      schedule.finish(ticket);
      return false;
    }
    try {
      Optional<Recording> after = reconciler.reconcile(before.get(), now);
      if (after.isEmpty() || after.get().status().isTerminal()) {
        schedule.finish(ticket);
      } else {
        schedule.reschedule(ticket, nextCheck(after.get(), ticket, now), null, now);
      }
      return !after.equals(before);
    } catch (RuntimeException failure) {
      LOG.log(
          Level.WARNING,
          "[Reconcile] Gravação {0} não verificada: {1}",
          ticket.id(),
          failure.getMessage());
      schedule.reschedule(ticket, nextCheck(before.get(), ticket, now), failure.getMessage(), now);
      return false;
    }
  }

  private Instant nextCheck(Recording recording, Ticket ticket, Instant now) {
    return now.plus(policy.backoff(recording.isActive(), ticket.attempts()));
  }

  private int retryPendingEvents(Instant now) {
    Instant windowStart = now.minus(policy.eventRetryWindow());
    int expired = events.expirePending(windowStart, now);
    if (expired > 0) {
      LOG.log(Level.WARNING, "[Reconcile] {0} eventos do 100ms sem gravação descartados", expired);
    }
    List<ProviderEvent> pending = events.pending(windowStart, policy.batchSize());
    for (ProviderEvent event : pending) {
      try {
        eventHandler.handle(event);
      } catch (RuntimeException failure) {
        // One bad event must not keep the others (and the next passes) from running.
        LOG.log(
            Level.WARNING,
            "[Reconcile] Evento {0} não reprocessado: {1}",
            event.id(),
            failure.getMessage());
      }
    }
    return pending.size();
  }
}
