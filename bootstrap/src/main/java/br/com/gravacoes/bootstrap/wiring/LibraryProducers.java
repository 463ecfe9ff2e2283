package br.com.gravacoes.bootstrap.wiring;

import br.com.gravacoes.application.port.in.GetPlaybackUseCase;
import br.com.gravacoes.application.port.in.GetRecordingUseCase;
import br.com.gravacoes.application.port.in.HandleProviderEventUseCase;
import br.com.gravacoes.application.port.in.ListRecordingsUseCase;
import br.com.gravacoes.application.port.in.ReconcileRecordingsUseCase;
import br.com.gravacoes.application.port.in.RefreshRecordingUseCase;
import br.com.gravacoes.application.port.out.AuditTrail;
import br.com.gravacoes.application.port.out.HmsCredentialsRepository;
import br.com.gravacoes.application.port.out.ProviderEventStore;
import br.com.gravacoes.application.port.out.ReconcileSchedule;
import br.com.gravacoes.application.port.out.RecordingMetrics;
import br.com.gravacoes.application.port.out.RecordingRepository;
import br.com.gravacoes.application.port.out.RecordingSessionPort;
import br.com.gravacoes.application.service.HandleProviderEventService;
import br.com.gravacoes.application.service.PlaybackService;
import br.com.gravacoes.application.service.ReconcilePolicy;
import br.com.gravacoes.application.service.ReconcileRecordingsService;
import br.com.gravacoes.application.service.RecordingLibraryService;
import br.com.gravacoes.application.service.RefreshRecordingService;
import br.com.gravacoes.bootstrap.reconcile.ReconcilerSettings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;

/** Creates the services that follow a recording after its stop: events, reconciler, library. */
@ApplicationScoped
public class LibraryProducers {

  @Produces
  @ApplicationScoped
  HandleProviderEventUseCase handleEvents(
      ProviderEventStore events,
      RecordingRepository recordings,
      RecordingMetrics metrics,
      Clock clock) {
    return new HandleProviderEventService(events, recordings, metrics, clock);
  }

  @Produces
  @ApplicationScoped
  ReconcileRecordingsUseCase reconcile(
      RecordingRepository recordings,
      HmsCredentialsRepository credentials,
      RecordingSessionPort sessions,
      ReconcileSchedule schedule,
      ProviderEventStore events,
      HandleProviderEventUseCase handleEvents,
      ReconcilerSettings settings,
      RecordingMetrics metrics,
      Clock clock) {
    return new ReconcileRecordingsService(
        recordings,
        credentials,
        sessions,
        schedule,
        events,
        handleEvents,
        settings.policy(),
        metrics,
        clock);
  }

  @Produces
  @ApplicationScoped
  RefreshRecordingUseCase refresh(
      RecordingRepository recordings,
      HmsCredentialsRepository credentials,
      RecordingSessionPort sessions,
      ReconcilerSettings settings,
      AuditTrail audit,
      RecordingMetrics metrics,
      Clock clock) {
    ReconcilePolicy policy = settings.policy();
    return new RefreshRecordingService(
        recordings, credentials, sessions, policy.abandonedClaimAfter(), audit, metrics, clock);
  }

  @Produces
  @ApplicationScoped
  GetPlaybackUseCase playback(
      RecordingRepository recordings,
      HmsCredentialsRepository credentials,
      RecordingSessionPort sessions,
      Clock clock) {
    return new PlaybackService(recordings, credentials, sessions, clock);
  }

  @Produces
  @ApplicationScoped
  ListRecordingsUseCase list(RecordingRepository recordings) {
    return new RecordingLibraryService(recordings);
  }

  @Produces
  @ApplicationScoped
  GetRecordingUseCase get(RecordingRepository recordings) {
    return new RecordingLibraryService(recordings);
  }
}
