package br.com.gravacoes.application.service;

import br.com.gravacoes.application.port.out.MirrorOutbox;
import br.com.gravacoes.application.port.out.MirrorOutbox.Change;
import br.com.gravacoes.application.port.out.MirrorOutbox.TenantClaim;
import br.com.gravacoes.application.port.out.MirrorRejectedException;
import br.com.gravacoes.application.port.out.MirrorUnavailableException;
import br.com.gravacoes.application.port.out.MirroredRecording;
import br.com.gravacoes.application.port.out.RecordingMirrorPort;
import br.com.gravacoes.domain.recording.RecordingId;
import br.com.gravacoes.domain.tenant.MirrorProject;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.time.Clock;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.BooleanSupplier;

/**
 * Sends one batch of a tenant's changes as the rows are now. A refusal that may come from some rows
 * only (a constraint of the tenant's table) halves the batch until the rows at fault are found, so
 * one bad row parks itself and not the hundreds of recordings that shared its request.
 */
final class MirrorBatchSender {

  private static final Logger LOG = System.getLogger("gravacoes.mirror");

  private final MirrorOutbox outbox;
  private final RecordingMirrorPort mirror;
  private final Clock clock;

  MirrorBatchSender(MirrorOutbox outbox, RecordingMirrorPort mirror, Clock clock) {
    this.outbox = outbox;
    this.mirror = mirror;
    this.clock = clock;
  }

  /**
   * Delivers, skips or parks every change of the batch, unless the lease runs short first.
   *
   * @return false when the claim's lease no longer covers another request
   * @throws MirrorUnavailableException the project could not take the rows now
   */
  boolean send(
      TenantClaim claim,
      MirrorProject project,
      List<Change> changes,
      BooleanSupplier leaseLeft,
      MirrorTally tally) {
    List<MirroredRecording> rows = outbox.currentRows(recordingsOf(changes));
    Set<UUID> present = new LinkedHashSet<>();
    rows.forEach(row -> present.add(row.id()));
    List<Change> gone =
        changes.stream().filter(c -> !present.contains(c.recording().value())).toList();
    if (!gone.isEmpty()) {
      // Deleted here, so there is nothing to send; and nothing is learnt about the project, so no
      // success is noted (that would close an open circuit without a probe).
      outbox.skipped(claim, gone);
      tally.skipped += gone.size();
    }
    return rows.isEmpty()
        || sendRows(claim, project, onlyOf(changes, present), rows, leaseLeft, tally);
  }

  private boolean sendRows(
      TenantClaim claim,
      MirrorProject project,
      List<Change> changes,
      List<MirroredRecording> rows,
      BooleanSupplier leaseLeft,
      MirrorTally tally) {
    if (!leaseLeft.getAsBoolean()) {
      return false;
    }
    try {
      mirror.upsert(project, rows);
    } catch (MirrorRejectedException refusal) {
      if (refusal.concernsSomeRows() && rows.size() > 1) {
        List<MirroredRecording> first = rows.subList(0, rows.size() / 2);
        List<MirroredRecording> second = rows.subList(rows.size() / 2, rows.size());
        return sendRows(claim, project, onlyOf(changes, idsOf(first)), first, leaseLeft, tally)
            && sendRows(claim, project, onlyOf(changes, idsOf(second)), second, leaseLeft, tally);
      }
      LOG.log(
          Level.ERROR,
          "[Recording Sync] Erro: {0} (tenant {1}, {2} alterações paradas)",
          refusal.getMessage(),
          claim.tenant(),
          changes.size());
      outbox.parked(claim, changes, refusal.getMessage(), clock.instant());
      tally.parked += changes.size();
      return true;
    }
    outbox.delivered(claim, changes, clock.instant());
    tally.delivered += changes.size();
    rows.forEach(
        row -> LOG.log(Level.INFO, "[Recording Sync] Sucesso para gravação {0}", row.id()));
    return true;
  }

  private static Set<RecordingId> recordingsOf(List<Change> changes) {
    Set<RecordingId> recordings = new LinkedHashSet<>();
    changes.forEach(change -> recordings.add(change.recording()));
    return recordings;
  }

  private static Set<UUID> idsOf(List<MirroredRecording> rows) {
    Set<UUID> ids = new LinkedHashSet<>();
    rows.forEach(row -> ids.add(row.id()));
    return ids;
  }

  private static List<Change> onlyOf(List<Change> changes, Set<UUID> recordings) {
    return changes.stream().filter(c -> recordings.contains(c.recording().value())).toList();
  }
}
