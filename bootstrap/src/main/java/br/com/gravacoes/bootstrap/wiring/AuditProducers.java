package br.com.gravacoes.bootstrap.wiring;

import br.com.gravacoes.application.port.in.ListAuditUseCase;
import br.com.gravacoes.application.port.out.AuditTrail;
import br.com.gravacoes.application.service.AuditLogService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

/**
 * Creates the audit trail's reader. The trail itself ({@code JpaAuditTrail}) is a bean of its own,
 * with the transactions on it.
 */
@ApplicationScoped
public class AuditProducers {

  @Produces
  @ApplicationScoped
  ListAuditUseCase listAudit(AuditTrail trail) {
    return new AuditLogService(trail);
  }
}
