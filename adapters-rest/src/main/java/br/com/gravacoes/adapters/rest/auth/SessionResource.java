package br.com.gravacoes.adapters.rest.auth;

import static br.com.gravacoes.adapters.rest.RestJson.JSON;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

/**
 * The browser session: who is signed in, and the cookie that carries the admin's token for pages
 * that call the API without an Authorization header (HttpOnly, SameSite=Strict, Secure on https).
 */
@Path("/sessao")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class SessionResource {

  private CurrentCaller caller;
  private AuthSettings settings;

  /** For the CDI proxy only. */
  protected SessionResource() {}

  @Inject
  public SessionResource(CurrentCaller caller, AuthSettings settings) {
    this.caller = caller;
    this.settings = settings;
  }

  @GET
  public JsonObject whoAmI() {
    return JSON.createObjectBuilder()
        .add("userId", caller.actor().userId())
        .add("tenantId", caller.actor().tenant().value())
        .build();
  }

  /** Keeps the bearer token this request was authenticated with in the session cookie. */
  @POST
  public Response signIn(@Context HttpHeaders headers, @Context UriInfo uri) {
    String authorization = headers.getHeaderString(HttpHeaders.AUTHORIZATION);
    if (authorization == null || !authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
      // Already signed in by cookie: nothing to keep.
      return Response.ok(whoAmI()).build();
    }
    return Response.ok(whoAmI())
        .cookie(cookie(authorization.substring(7).strip(), uri, NewCookie.DEFAULT_MAX_AGE))
        .build();
  }

  @DELETE
  public Response signOut(@Context UriInfo uri) {
    return Response.ok(JSON.createObjectBuilder().add("success", true).build())
        .cookie(cookie("", uri, 0))
        .build();
  }

  private NewCookie cookie(String token, UriInfo uri, int maxAge) {
    return SessionCookies.of(settings, token, uri, maxAge);
  }
}
