package br.com.gravacoes.adapters.rest.auth;

import static br.com.gravacoes.adapters.rest.RestJson.JSON;

import br.com.gravacoes.adapters.rest.RestJson;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * "Entrar na demonstração": in the demo mode of a local run only ({@code gravacoes.demo.enabled}),
 * signs the browser in as the demo tenant's administrator with a short-lived token in the session
 * cookie, so the pages can be tried without pasting a token. Public: it is how one signs in.
 */
@Path("/sessao/demo")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@PublicEndpoint
public class DemoSessionResource {

  /**
   * The tenant and admin the demo mode seeds (bootstrap's DemoEnvironment) and the Run command
   * signs for.
   */
  static final String TENANT = "demo";

  static final String USER = "admin-demo";
  static final Duration VALIDITY = Duration.ofHours(8);

  private AuthSettings settings;
  private boolean demoEnabled;
  private Clock clock;

  /** For the CDI proxy only. */
  protected DemoSessionResource() {}

  @Inject
  public DemoSessionResource(
      AuthSettings settings,
      @ConfigProperty(name = "gravacoes.demo.enabled", defaultValue = "false") boolean demoEnabled,
      Clock clock) {
    this.settings = settings;
    this.demoEnabled = demoEnabled;
    this.clock = clock;
  }

  @GET
  public JsonObject availability() {
    boolean available =
        demoEnabled && settings.tokenSettings().map(DemoTokens::available).orElse(false);
    return JSON.createObjectBuilder().add("disponivel", available).build();
  }

  /**
   * Only from an allowed page (as every cookie-setting or cookie-riding write): otherwise a page
   * elsewhere could sign the browser into the demo tenant behind the person's back.
   */
  @POST
  public Response signIn(
      @Context UriInfo uri,
      @HeaderParam("Origin") String origin,
      @HeaderParam("Host") String host) {
    if (!OriginCheck.allows(origin, host, settings.allowedOrigins())) {
      return RestJson.error(403, RestJson.ORIGIN_REFUSED);
    }
    Optional<String> token = token();
    if (token.isEmpty()) {
      return RestJson.error(404, "Entrada de demonstração indisponível");
    }
    JsonObject who = JSON.createObjectBuilder().add("userId", USER).add("tenantId", TENANT).build();
    return Response.ok(who)
        .cookie(SessionCookies.of(settings, token.get(), uri, NewCookie.DEFAULT_MAX_AGE))
        .build();
  }

  private Optional<String> token() {
    if (!demoEnabled) {
      return Optional.empty();
    }
    return settings
        .tokenSettings()
        .flatMap(tokens -> DemoTokens.mint(tokens, TENANT, USER, VALIDITY, clock.instant()));
  }
}
