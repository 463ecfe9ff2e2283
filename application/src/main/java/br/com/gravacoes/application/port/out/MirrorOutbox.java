package br.com.gravacoes.application.port.out;

import br.com.gravacoes.domain.recording.RecordingId;
import br.com.gravacoes.domain.tenant.TenantId;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * The changes still to mirror, one per committed change of a recording (the recording repository
 * writes them in the change's own transaction), and each tenant's delivery state. A tenant is
 * claimed with a lease, so that of all instances only one sends a tenant's rows at a time.
 */
public interface MirrorOutbox {

  /** A tenant claimed until {@code leasedUntil}; the lease end identifies the claim. */
  record TenantClaim(TenantId tenant, int consecutiveFailures, Instant leasedUntil) {}

  /** One pending change, of one recording. */
  record Change(long id, RecordingId recording) {}

  /** Claims the tenant with pending changes that has waited longest and is due, if any. */
  Optional<TenantClaim> claimTenant(Instant now, Duration lease);

  /** The claimed tenant's oldest pending changes, oldest first. */
  List<Change> pending(TenantClaim claim, int limit);

  /** The rows of those recordings as they are now; recordings that no longer exist are absent. */
  List<MirroredRecording> currentRows(Collection<RecordingId> recordings);

  /**
   * The changes reached the mirror: forgets them and the parked changes of the same recordings (the
   * row sent carried them too), and notes the success. If the claim's lease ran out meanwhile,
   * another instance may have sent newer rows before this older copy landed: the recordings are
   * then queued again instead, so that the mirror ends on their latest state.
   */
  void delivered(TenantClaim claim, List<Change> changes, Instant now);

  /** The tenant has no mirror configured: forgets the changes. */
  void skipped(TenantClaim claim, List<Change> changes);

  /** The mirror refused the changes for good: keeps them, parked, with the reason. */
  void parked(TenantClaim claim, List<Change> changes, String error, Instant now);

  /**
   * The mirror could not take the changes now: notes the failure (the {@code failuresInARow}-th)
   * and ends the claim; the tenant is due again at {@code next}.
   */
  void failed(TenantClaim claim, int failuresInARow, String error, Instant next, Instant now);

  /** Ends the claim; the tenant is due again at {@code next}. */
  void release(TenantClaim claim, Instant next);

  /** Every tenant with a mirror configured or changes waiting. */
  List<TenantMirrorStatus> status();

  /** Puts parked changes back in line (all tenants, or one); answers how many. */
  int requeueParked(Optional<TenantId> tenant, Instant now);
}
