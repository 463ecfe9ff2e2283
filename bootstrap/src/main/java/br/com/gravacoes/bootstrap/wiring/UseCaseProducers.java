package br.com.gravacoes.bootstrap.wiring;

import br.com.gravacoes.application.port.in.StartRecordingUseCase;
import br.com.gravacoes.application.port.in.StopRecordingUseCase;
import br.com.gravacoes.application.port.out.AuditTrail;
import br.com.gravacoes.application.port.out.HmsCredentialsRepository;
import br.com.gravacoes.application.port.out.MeetingRepository;
import br.com.gravacoes.application.port.out.RecordingMetrics;
import br.com.gravacoes.application.port.out.RecordingRepository;
import br.com.gravacoes.application.port.out.RecordingSessionPort;
import br.com.gravacoes.application.service.StartRecordingService;
import br.com.gravacoes.application.service.StopRecordingService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;
import java.time.Duration;

/**
 * Creates the application services from the adapters. The services are plain Java, so no CDI
 * interceptor applies to them: transactions live on the repository adapters (one short transaction
 * per call) and fault tolerance on the 100ms client, both beans the container creates.
 */
@ApplicationScoped
public class UseCaseProducers {

  @Produces
  @ApplicationScoped
  Clock clock() {
    // Microsecond ticks: what PostgreSQL stores is then exactly what the API answered.
    return Clock.tick(Clock.systemUTC(), Duration.ofNanos(1_000));
  }

  @Produces
  @ApplicationScoped
  StartRecordingUseCase startRecording(
      MeetingRepository meetings,
      HmsCredentialsRepository credentials,
      RecordingRepository recordings,
      RecordingSessionPort sessions,
      AuditTrail audit,
      RecordingMetrics metrics,
      Clock clock) {
    return new StartRecordingService(
        meetings, credentials, recordings, sessions, audit, metrics, clock);
  }

  @Produces
  @ApplicationScoped
  StopRecordingUseCase stopRecording(
      MeetingRepository meetings,
      HmsCredentialsRepository credentials,
      RecordingRepository recordings,
      RecordingSessionPort sessions,
      AuditTrail audit,
      RecordingMetrics metrics,
      Clock clock) {
    return new StopRecordingService(
        meetings, credentials, recordings, sessions, audit, metrics, clock);
  }
}
