package br.com.gravacoes.application.service;

import br.com.gravacoes.application.port.out.HmsCredentialsRepository;
import br.com.gravacoes.application.port.out.RecordingMetrics;
import br.com.gravacoes.application.port.out.RecordingRepository;
import br.com.gravacoes.application.port.out.RecordingSessionPort;
import br.com.gravacoes.application.port.out.SessionRecording;
import br.com.gravacoes.domain.recording.Recording;
import br.com.gravacoes.domain.tenant.HmsCredentials;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Brings one stored recording in line with what 100ms knows, and stores the result. A start claim
 * that 100ms never confirmed (its request died) is adopted if 100ms records the room, and removed
 * otherwise. Provider failures propagate, so the caller can try again later.
 */
final class RecordingReconciler {

  private static final Logger LOG = System.getLogger("gravacoes.recording");

  private final RecordingRepository recordings;
  private final HmsCredentialsRepository credentials;
  private final RecordingSessionPort sessions;
  private final ProviderStateReader reader;
  private final RecordingMetrics metrics;
  private final Duration abandonedClaimAfter;

  RecordingReconciler(
      RecordingRepository recordings,
      HmsCredentialsRepository credentials,
      RecordingSessionPort sessions,
      Duration abandonedClaimAfter,
      RecordingMetrics metrics) {
    this.recordings = recordings;
    this.credentials = credentials;
    this.sessions = sessions;
    this.reader = new ProviderStateReader(sessions);
    this.abandonedClaimAfter = abandonedClaimAfter;
    this.metrics = metrics;
  }

  /** The recording after reconciling; empty when it was an abandoned claim and is now gone. */
  Optional<Recording> reconcile(Recording recording, Instant now) {
    if (recording.status().isTerminal()) {
      return Optional.of(recording);
    }
    Optional<HmsCredentials> tenantCredentials = credentials.findByTenant(recording.tenantId());
    if (tenantCredentials.isEmpty()) {
      LOG.log(Level.WARNING, "[Reconcile] Tenant {0} sem credenciais 100ms", recording.tenantId());
      return Optional.of(recording);
    }
    if (!recording.isStartConfirmed()) {
      return resolveClaim(tenantCredentials.get(), recording, now);
    }
    return Optional.of(store(recording, reader.next(tenantCredentials.get(), recording, now)));
  }

  private Optional<Recording> resolveClaim(HmsCredentials tenant, Recording claim, Instant now) {
    if (claim.createdAt().plus(abandonedClaimAfter).isAfter(now)) {
      return Optional.of(claim);
    }
    Optional<SessionRecording> running = sessions.findRunning(tenant, claim.roomId());
    if (running.isPresent()) {
      LOG.log(Level.INFO, "[Reconcile] Adotando a gravação {0} do 100ms", running.get().id());
      return Optional.of(
          store(claim, claim.confirmStart(running.get().sessionId(), running.get().id(), now)));
    }
    LOG.log(Level.INFO, "[Reconcile] Removendo reserva abandonada {0}", claim.id());
    recordings.deleteUnconfirmed(claim.id());
    return recordings.findById(claim.id());
  }

  private Recording store(Recording current, Recording next) {
    if (next.equals(current)) {
      return current;
    }
    if (recordings.update(next, current.status())) {
      LifecycleCounts.stored(metrics, current, next);
      LOG.log(
          Level.INFO,
          "[Reconcile] Gravação {0}: {1} -> {2}",
          current.id(),
          current.status().code(),
          next.status().code());
      return next;
    }
    return recordings.findById(current.id()).orElse(current);
  }
}
