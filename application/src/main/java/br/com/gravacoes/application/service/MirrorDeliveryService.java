package br.com.gravacoes.application.service;

import br.com.gravacoes.application.port.in.DeliverMirrorUseCase;
import br.com.gravacoes.application.port.in.MirrorDeliveryReport;
import br.com.gravacoes.application.port.out.MirrorOutbox;
import br.com.gravacoes.application.port.out.MirrorOutbox.Change;
import br.com.gravacoes.application.port.out.MirrorOutbox.TenantClaim;
import br.com.gravacoes.application.port.out.MirrorProjectRepository;
import br.com.gravacoes.application.port.out.MirrorRejectedException;
import br.com.gravacoes.application.port.out.MirrorUnavailableException;
import br.com.gravacoes.application.port.out.MirroredRecording;
import br.com.gravacoes.application.port.out.RecordingMirrorPort;
import br.com.gravacoes.domain.recording.RecordingId;
import br.com.gravacoes.domain.tenant.MirrorProject;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.DoubleSupplier;

/**
 * Delivers one tenant's waiting changes to its mirror: several changes of a recording collapse into
 * the row as it is now, and one request carries a whole batch. Rows are read after the changes, so
 * what is sent is never older than what is marked delivered; the tenant's lease keeps any other
 * instance from sending an older copy meanwhile.
 */
public class MirrorDeliveryService implements DeliverMirrorUseCase {

  private static final Logger LOG = System.getLogger("gravacoes.mirror");

  private final MirrorOutbox outbox;
  private final MirrorProjectRepository projects;
  private final RecordingMirrorPort mirror;
  private final MirrorPolicy policy;
  private final MirrorBackoff backoff;
  private final Clock clock;

  public MirrorDeliveryService(
      MirrorOutbox outbox,
      MirrorProjectRepository projects,
      RecordingMirrorPort mirror,
      MirrorPolicy policy,
      DoubleSupplier jitter,
      Clock clock) {
    this.outbox = outbox;
    this.projects = projects;
    this.mirror = mirror;
    this.policy = policy;
    this.backoff = new MirrorBackoff(policy, jitter);
    this.clock = clock;
  }

  @Override
  public MirrorDeliveryReport deliverNextTenant() {
    Optional<TenantClaim> claimed = outbox.claimTenant(clock.instant(), policy.lease());
    if (claimed.isEmpty()) {
      return MirrorDeliveryReport.idle();
    }
    TenantClaim claim = claimed.get();
    try {
      return deliver(claim);
    } catch (RuntimeException unexpected) {
      // The lease runs out by itself; the changes stay pending for the next claim.
      LOG.log(Level.ERROR, "[Recording Sync] Erro inesperado: " + unexpected, unexpected);
      throw unexpected;
    }
  }

  private MirrorDeliveryReport deliver(TenantClaim claim) {
    Optional<MirrorProject> project = projects.findByTenant(claim.tenant());
    // An open circuit lets one small probe through; a success closes it.
    int batchSize = backoff.circuitOpen(claim.consecutiveFailures()) ? 1 : policy.batchSize();
    int delivered = 0;
    int skipped = 0;
    int parked = 0;
    for (int batch = 0; batch < policy.batchesPerClaim() && leaseLeft(claim); batch++) {
      List<Change> changes = outbox.pending(claim, batchSize);
      if (changes.isEmpty()) {
        break;
      }
      if (project.isEmpty()) {
        LOG.log(
            Level.INFO,
            "[Recording Sync] Supabase não configurado para tenant {0}",
            claim.tenant());
        outbox.skipped(claim, changes);
        skipped += changes.size();
        continue;
      }
      List<MirroredRecording> rows = outbox.currentRows(recordingsOf(changes));
      if (rows.isEmpty()) {
        // Every recording was deleted here: nothing to send, and nothing learnt about the mirror,
        // so no success is noted (that would close an open circuit without a probe).
        outbox.skipped(claim, changes);
        skipped += changes.size();
        continue;
      }
      try {
        mirror.upsert(project.get(), rows);
      } catch (MirrorUnavailableException failure) {
        return unavailable(claim, failure, delivered, skipped, parked);
      } catch (MirrorRejectedException refusal) {
        LOG.log(
            Level.ERROR,
            "[Recording Sync] Erro: {0} (tenant {1}, {2} alterações paradas)",
            refusal.getMessage(),
            claim.tenant(),
            changes.size());
        outbox.parked(claim, changes, refusal.getMessage(), clock.instant());
        parked += changes.size();
        continue;
      }
      outbox.delivered(claim, changes, clock.instant());
      delivered += changes.size();
      rows.forEach(
          row -> LOG.log(Level.INFO, "[Recording Sync] Sucesso para gravação {0}", row.id()));
      batchSize = policy.batchSize();
    }
    outbox.release(claim, clock.instant());
    return new MirrorDeliveryReport(Optional.of(claim.tenant()), delivered, skipped, parked, false);
  }

  private MirrorDeliveryReport unavailable(
      TenantClaim claim,
      MirrorUnavailableException failure,
      int delivered,
      int skipped,
      int parked) {
    Instant now = clock.instant();
    // A delivery earlier in this claim already closed the count.
    int failures = (delivered > 0 ? 0 : claim.consecutiveFailures()) + 1;
    Instant next = backoff.next(now, failures);
    LOG.log(
        Level.WARNING,
        "[Recording Sync] Erro: {0} (tenant {1}; nova tentativa em {2}{3})",
        failure.getMessage(),
        claim.tenant(),
        next,
        backoff.circuitOpen(failures) ? ", circuito aberto" : "");
    outbox.failed(claim, failures, failure.getMessage(), next, now);
    return new MirrorDeliveryReport(Optional.of(claim.tenant()), delivered, skipped, parked, true);
  }

  private boolean leaseLeft(TenantClaim claim) {
    return clock.instant().plus(policy.requestBudget()).isBefore(claim.leasedUntil());
  }

  private static Set<RecordingId> recordingsOf(List<Change> changes) {
    Set<RecordingId> recordings = new LinkedHashSet<>();
    changes.forEach(change -> recordings.add(change.recording()));
    return recordings;
  }
}
