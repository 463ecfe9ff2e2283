package br.com.gravacoes.adapters.rest;

import br.com.gravacoes.adapters.rest.auth.CurrentCaller;
import br.com.gravacoes.application.port.in.ListAuditUseCase;
import br.com.gravacoes.application.port.out.AuditCursor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.Optional;

/** The audit trail of the caller's tenant, newest first, one page at a time. */
@Path("/auditoria")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class AuditResource {

  private ListAuditUseCase list;
  private CurrentCaller caller;

  /** For the CDI proxy only. */
  protected AuditResource() {}

  @Inject
  public AuditResource(ListAuditUseCase list, CurrentCaller caller) {
    this.list = list;
    this.caller = caller;
  }

  /** Only ever the caller's own tenant: no parameter names a tenant. */
  @GET
  public JsonObject list(@QueryParam("antes") String before, @QueryParam("limite") String limit) {
    Optional<AuditCursor> cursor = AuditParameters.before(before);
    int size = AuditParameters.limit(limit);
    return AuditJson.of(list.list(caller.actor().tenant(), cursor, size));
  }
}
