package br.com.gravacoes.bootstrap.wiring;

import br.com.gravacoes.application.port.in.GetHmsSettingsUseCase;
import br.com.gravacoes.application.port.in.GetSupabaseSettingsUseCase;
import br.com.gravacoes.application.port.in.SaveHmsSettingsUseCase;
import br.com.gravacoes.application.port.in.SaveSupabaseSettingsUseCase;
import br.com.gravacoes.application.port.in.TestHmsConnectionUseCase;
import br.com.gravacoes.application.port.in.TestSupabaseConnectionUseCase;
import br.com.gravacoes.application.port.out.AuditTrail;
import br.com.gravacoes.application.port.out.HmsCredentialsRepository;
import br.com.gravacoes.application.port.out.MirrorProjectRepository;
import br.com.gravacoes.application.port.out.RecordingMirrorPort;
import br.com.gravacoes.application.port.out.RecordingSessionPort;
import br.com.gravacoes.application.service.HmsConnectionTestService;
import br.com.gravacoes.application.service.HmsSettingsService;
import br.com.gravacoes.application.service.SupabaseConnectionTestService;
import br.com.gravacoes.application.service.SupabaseSettingsService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;

/**
 * Creates the services of "Configurações > Integrações": each tenant's 100ms credentials and
 * Supabase project, shown masked, saved (audited) and tested. The secrets are sealed by the
 * repositories; the transactions are theirs too, one per call.
 */
@ApplicationScoped
public class IntegrationProducers {

  // Each use case is produced as its interface only (a bean of the service's own class would
  // also be a second bean of each interface); the services hold no state, so two are harmless.

  @Produces
  @ApplicationScoped
  GetHmsSettingsUseCase hmsSettings(
      HmsCredentialsRepository credentials, AuditTrail auditTrail, Clock clock) {
    return new HmsSettingsService(credentials, auditTrail, clock);
  }

  @Produces
  @ApplicationScoped
  SaveHmsSettingsUseCase saveHmsSettings(
      HmsCredentialsRepository credentials, AuditTrail auditTrail, Clock clock) {
    return new HmsSettingsService(credentials, auditTrail, clock);
  }

  @Produces
  @ApplicationScoped
  TestHmsConnectionUseCase testHmsConnection(
      HmsCredentialsRepository credentials, RecordingSessionPort sessions) {
    return new HmsConnectionTestService(credentials, sessions);
  }

  @Produces
  @ApplicationScoped
  GetSupabaseSettingsUseCase supabaseSettings(
      MirrorProjectRepository projects, AuditTrail auditTrail, Clock clock) {
    return new SupabaseSettingsService(projects, auditTrail, clock);
  }

  @Produces
  @ApplicationScoped
  SaveSupabaseSettingsUseCase saveSupabaseSettings(
      MirrorProjectRepository projects, AuditTrail auditTrail, Clock clock) {
    return new SupabaseSettingsService(projects, auditTrail, clock);
  }

  @Produces
  @ApplicationScoped
  TestSupabaseConnectionUseCase testSupabaseConnection(
      MirrorProjectRepository projects, RecordingMirrorPort mirror) {
    return new SupabaseConnectionTestService(projects, mirror);
  }
}
