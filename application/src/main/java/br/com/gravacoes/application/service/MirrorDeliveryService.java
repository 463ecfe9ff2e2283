package br.com.gravacoes.application.service;

import br.com.gravacoes.application.port.in.DeliverMirrorUseCase;
import br.com.gravacoes.application.port.in.MirrorDeliveryReport;
import br.com.gravacoes.application.port.out.MirrorOutbox;
import br.com.gravacoes.application.port.out.MirrorOutbox.Change;
import br.com.gravacoes.application.port.out.MirrorOutbox.TenantClaim;
import br.com.gravacoes.application.port.out.MirrorProjectRepository;
import br.com.gravacoes.application.port.out.MirrorRejectedException;
import br.com.gravacoes.application.port.out.MirrorUnavailableException;
import br.com.gravacoes.application.port.out.RecordingMirrorPort;
import br.com.gravacoes.application.port.out.StoredSecretException;
import br.com.gravacoes.domain.tenant.MirrorProject;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.DoubleSupplier;

/**
 * Delivers one tenant's waiting changes to its mirror: several changes of a recording collapse into
 * the row as it is now, and one request carries a whole batch. Rows are read after the changes, so
 * what is sent is never older than what is marked delivered; the tenant's lease keeps any other
 * instance from sending an older copy meanwhile. Transient failures back off (at least one
 * request's time when the last request may still land), and open the tenant's circuit after several
 * in a row.
 */
public class MirrorDeliveryService implements DeliverMirrorUseCase {

  private static final Logger LOG = System.getLogger("gravacoes.mirror");

  private final MirrorOutbox outbox;
  private final MirrorProjectRepository projects;
  private final MirrorPolicy policy;
  private final MirrorBackoff backoff;
  private final MirrorBatchSender sender;
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
    this.policy = policy;
    this.backoff = new MirrorBackoff(policy, jitter);
    this.sender = new MirrorBatchSender(outbox, mirror, clock);
    this.clock = clock;
  }

  @Override
  public MirrorDeliveryReport deliverNextTenant() {
    Optional<TenantClaim> claimed = outbox.claimTenant(clock.instant(), policy.lease());
    if (claimed.isEmpty()) {
      return MirrorDeliveryReport.idle();
    }
    TenantClaim claim = claimed.get();
    MirrorTally tally = new MirrorTally();
    try {
      return deliver(claim, tally);
    } catch (MirrorUnavailableException failure) {
      return unavailable(claim, failure, tally);
    } catch (StoredSecretException unreadable) {
      // The server's keys, not the project: noted with its reason and retried with backoff, so
      // the changes go once an operator configures the key that opens the tenant's service key.
      failQuietly(claim, tally, unreadable.getMessage());
      throw unreadable;
    } catch (RuntimeException unexpected) {
      // Noted like a failure, so the tenant backs off and its status says why; the caller logs it.
      failQuietly(claim, tally, "Erro inesperado: " + unexpected.getClass().getSimpleName());
      throw unexpected;
    }
  }

  private MirrorDeliveryReport deliver(TenantClaim claim, MirrorTally tally) {
    Optional<MirrorProject> project;
    try {
      project = projects.findByTenant(claim.tenant());
    } catch (MirrorRejectedException unusable) {
      return parkAll(claim, unusable, tally);
    }
    // An open circuit lets one small probe through; a success closes it.
    int batchSize = backoff.circuitOpen(claim.consecutiveFailures()) ? 1 : policy.batchSize();
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
        tally.skipped += changes.size();
        continue;
      }
      if (!sender.send(claim, project.get(), changes, () -> leaseLeft(claim), tally)) {
        break;
      }
      if (tally.delivered > 0) {
        batchSize = policy.batchSize();
      }
    }
    outbox.release(claim, clock.instant());
    return report(claim, tally, false);
  }

  /** The tenant's configuration is unusable: its changes wait, parked, for someone to fix it. */
  private MirrorDeliveryReport parkAll(
      TenantClaim claim, MirrorRejectedException unusable, MirrorTally tally) {
    LOG.log(Level.ERROR, "[Recording Sync] Erro: {0}", unusable.getMessage());
    for (int batch = 0; batch < policy.batchesPerClaim(); batch++) {
      List<Change> changes = outbox.pending(claim, policy.batchSize());
      if (changes.isEmpty()) {
        break;
      }
      outbox.parked(claim, changes, unusable.getMessage(), clock.instant());
      tally.parked += changes.size();
    }
    outbox.release(claim, clock.instant());
    return report(claim, tally, false);
  }

  private MirrorDeliveryReport unavailable(
      TenantClaim claim, MirrorUnavailableException failure, MirrorTally tally) {
    Instant now = clock.instant();
    // A delivery earlier in this claim already closed the count.
    int failures = (tally.delivered > 0 ? 0 : claim.consecutiveFailures()) + 1;
    Instant next = backoff.next(now, failures);
    if (failure.outcomeUnknown() && next.isBefore(now.plus(policy.requestBudget()))) {
      // The request may still land: retrying sooner could put a newer row there first, and the
      // late one would then overwrite it.
      next = now.plus(policy.requestBudget());
    }
    LOG.log(
        Level.WARNING,
        "[Recording Sync] Erro: {0} (tenant {1}; nova tentativa em {2}{3})",
        failure.getMessage(),
        claim.tenant(),
        next,
        backoff.circuitOpen(failures) ? ", circuito aberto" : "");
    outbox.failed(claim, failures, failure.getMessage(), next, now);
    return report(claim, tally, true);
  }

  private void failQuietly(TenantClaim claim, MirrorTally tally, String error) {
    try {
      Instant now = clock.instant();
      int failures = (tally.delivered > 0 ? 0 : claim.consecutiveFailures()) + 1;
      outbox.failed(claim, failures, error, backoff.next(now, failures), now);
    } catch (RuntimeException alsoFailing) {
      // The database itself is failing: the lease runs out and the changes wait for the next claim.
    }
  }

  private static MirrorDeliveryReport report(
      TenantClaim claim, MirrorTally tally, boolean unavailable) {
    return new MirrorDeliveryReport(
        Optional.of(claim.tenant()), tally.delivered, tally.skipped, tally.parked, unavailable);
  }

  private boolean leaseLeft(TenantClaim claim) {
    return clock.instant().plus(policy.requestBudget()).isBefore(claim.leasedUntil());
  }
}
