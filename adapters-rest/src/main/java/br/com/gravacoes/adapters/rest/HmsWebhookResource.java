package br.com.gravacoes.adapters.rest;

import static br.com.gravacoes.adapters.rest.RestJson.JSON;

import br.com.gravacoes.adapters.rest.auth.PublicEndpoint;
import br.com.gravacoes.application.port.in.EventOutcome;
import br.com.gravacoes.application.port.in.HandleProviderEventUseCase;
import br.com.gravacoes.application.port.in.ProviderEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

/**
 * The URL configured as the 100ms workspace's webhook: authenticates the secret header, then hands
 * the event to the use case. Quick enough to answer within 100ms's 1 s budget: a few short database
 * statements and no call back to 100ms.
 */
@Path("/100ms/webhooks")
@ApplicationScoped
@PublicEndpoint
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class HmsWebhookResource {

  private HandleProviderEventUseCase events;
  private WebhookSettings settings;
  private WebhookMetrics metrics;

  /** For the CDI proxy only. */
  protected HmsWebhookResource() {}

  @Inject
  public HmsWebhookResource(
      HandleProviderEventUseCase events, WebhookSettings settings, WebhookMetrics metrics) {
    this.events = events;
    this.settings = settings;
    this.metrics = metrics;
  }

  @POST
  @Operation(summary = "Recebe um evento de gravação do 100ms (autenticado pelo header secreto)")
  @SecurityRequirement(name = "segredo-webhook")
  public Response receive(@Context HttpHeaders headers, String body) {
    if (!settings.accepts(headers.getHeaderString(settings.headerName()))) {
      metrics.received(WebhookMetrics.UNREAD, "unauthenticated");
      return Response.status(401)
          .entity(JSON.createObjectBuilder().add("error", "Webhook não autenticado").build())
          .build();
    }
    ProviderEvent event;
    try {
      event = HmsWebhookJson.read(body);
    } catch (InvalidRequestException invalid) {
      metrics.received(WebhookMetrics.UNREAD, "invalid");
      throw invalid;
    }
    EventOutcome outcome = events.handle(event);
    metrics.received(event.type().name(), outcome.name());
    return Response.status(outcome == EventOutcome.UNMATCHED ? 202 : 200)
        .entity(JSON.createObjectBuilder().add("ok", true).add("resultado", outcome.name()).build())
        .build();
  }
}
