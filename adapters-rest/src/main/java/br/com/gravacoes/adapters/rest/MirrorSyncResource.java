package br.com.gravacoes.adapters.rest;

import static br.com.gravacoes.adapters.rest.RestJson.JSON;

import br.com.gravacoes.adapters.rest.auth.CurrentCaller;
import br.com.gravacoes.application.port.in.MirrorStatusUseCase;
import br.com.gravacoes.application.port.in.RetryMirrorUseCase;
import br.com.gravacoes.application.port.out.TenantMirrorStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * The Supabase mirror seen from outside: how far behind each tenant is, and retrying parked rows.
 */
@Path("/sync")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class MirrorSyncResource {

  private MirrorStatusUseCase status;
  private RetryMirrorUseCase retry;
  private Clock clock;
  private CurrentCaller caller;

  /** For the CDI proxy only. */
  protected MirrorSyncResource() {}

  @Inject
  public MirrorSyncResource(
      MirrorStatusUseCase status, RetryMirrorUseCase retry, Clock clock, CurrentCaller caller) {
    this.status = status;
    this.retry = retry;
    this.clock = clock;
    this.caller = caller;
  }

  @GET
  @Path("/status")
  public JsonObject status() {
    Instant now = clock.instant();
    JsonArrayBuilder tenants = JSON.createArrayBuilder();
    status.status(caller.actor().tenant()).ifPresent(tenant -> tenants.add(json(tenant, now)));
    return JSON.createObjectBuilder().add("tenants", tenants).build();
  }

  @POST
  @Path("/retry")
  public JsonObject retry() {
    int requeued = retry.retryParked(caller.actor());
    return JSON.createObjectBuilder().add("success", true).add("requeued", requeued).build();
  }

  private static JsonObject json(TenantMirrorStatus tenant, Instant now) {
    JsonObjectBuilder json =
        JSON.createObjectBuilder()
            .add("tenantId", tenant.tenant().value())
            .add("pending", tenant.pending());
    instant(json, "oldestPendingAt", tenant.oldestPendingAt());
    if (tenant.oldestPendingAt() == null) {
      json.addNull("oldestPendingAgeSeconds");
    } else {
      Duration age = Duration.between(tenant.oldestPendingAt(), now);
      json.add("oldestPendingAgeSeconds", Math.max(0, age.toMillis()) / 1000.0);
    }
    json.add("parked", tenant.parked());
    instant(json, "lastSuccessAt", tenant.lastSuccessAt());
    if (tenant.lastError() == null) {
      json.addNull("lastError");
    } else {
      json.add("lastError", tenant.lastError());
    }
    instant(json, "lastErrorAt", tenant.lastErrorAt());
    json.add("consecutiveFailures", tenant.consecutiveFailures());
    instant(json, "nextAttemptAt", tenant.nextAttemptAt());
    return json.build();
  }

  private static void instant(JsonObjectBuilder json, String name, Instant value) {
    if (value == null) {
      json.addNull(name);
    } else {
      json.add(name, value.toString());
    }
  }
}
