package br.com.gravacoes.application.service;

import br.com.gravacoes.application.port.in.Actor;
import br.com.gravacoes.application.port.in.RecordingNotFoundException;
import br.com.gravacoes.application.port.in.RefreshFailedException;
import br.com.gravacoes.application.port.in.RefreshRecordingUseCase;
import br.com.gravacoes.application.port.out.AuditAction;
import br.com.gravacoes.application.port.out.AuditTrail;
import br.com.gravacoes.application.port.out.HmsCredentialsRepository;
import br.com.gravacoes.application.port.out.RecordingMetrics;
import br.com.gravacoes.application.port.out.RecordingRepository;
import br.com.gravacoes.application.port.out.RecordingSessionPort;
import br.com.gravacoes.application.port.out.SessionProviderException;
import br.com.gravacoes.domain.recording.Recording;
import br.com.gravacoes.domain.recording.RecordingId;
import br.com.gravacoes.domain.recording.RecordingStatus;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * The seed's refresh: reconciles the recording with 100ms now and, if it is completed, gives it a
 * fresh playback URL.
 */
public final class RefreshRecordingService implements RefreshRecordingUseCase {

  private final RecordingRepository recordings;
  private final RecordingReconciler reconciler;
  private final PlaybackMinter minter;
  private final AuditTrail audit;
  private final Clock clock;

  public RefreshRecordingService(
      RecordingRepository recordings,
      HmsCredentialsRepository credentials,
      RecordingSessionPort sessions,
      Duration abandonedClaimAfter,
      AuditTrail audit,
      RecordingMetrics metrics,
      Clock clock) {
    this.recordings = recordings;
    this.reconciler =
        new RecordingReconciler(recordings, credentials, sessions, abandonedClaimAfter, metrics);
    this.minter = new PlaybackMinter(recordings, credentials, sessions);
    this.audit = audit;
    this.clock = clock;
  }

  @Override
  public Recording refresh(Actor actor, RecordingId id) {
    Recording before = TenantRecordings.find(recordings, actor.tenant(), id);
    Instant now = clock.instant();
    Recording after;
    try {
      Recording reconciled =
          reconciler.reconcile(before, now).orElseThrow(() -> new RecordingNotFoundException(id));
      // A recording the reconcile just completed already got a fresh URL from 100ms; only one
      // completed earlier holds a URL that may have expired.
      after =
          before.status() == RecordingStatus.COMPLETED
              ? minter.mint(reconciled, now).recording()
              : reconciled;
    } catch (SessionProviderException failure) {
      throw new RefreshFailedException(failure.getMessage(), failure);
    }
    Audits.entry(actor, AuditAction.RECORDING_REFRESHED, now, after)
        .with("status", after.status().code())
        .recordIn(audit);
    return after;
  }
}
