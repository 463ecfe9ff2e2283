package br.com.gravacoes.adapters.rest;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;

/**
 * Lets pages of the configured origins ({@link CorsSettings}) call the API from the browser:
 * answers their preflight {@code OPTIONS} itself, before authentication (a browser never sends a
 * token with it), and marks every answer to them as readable. Other origins get no CORS header, so
 * their browsers keep the answers from them; a preflight from one is refused with 403.
 */
@Provider
@PreMatching
@Priority(Priorities.AUTHENTICATION - 300)
public class CorsFilter implements ContainerRequestFilter, ContainerResponseFilter {

  static final String ALLOWED_METHODS = "GET, POST";
  static final String ALLOWED_HEADERS = "Authorization, Content-Type";
  static final String MAX_AGE_SECONDS = "600";

  @Inject CorsSettings settings;

  @Override
  public void filter(ContainerRequestContext request) {
    String origin = request.getHeaderString("Origin");
    if (!"OPTIONS".equals(request.getMethod())
        || origin == null
        || request.getHeaderString("Access-Control-Request-Method") == null) {
      return;
    }
    if (!settings.allows(origin)) {
      request.abortWith(RestJson.error(403, RestJson.ORIGIN_REFUSED));
      return;
    }
    request.abortWith(
        Response.noContent()
            .header("Access-Control-Allow-Methods", ALLOWED_METHODS)
            .header("Access-Control-Allow-Headers", ALLOWED_HEADERS)
            .header("Access-Control-Max-Age", MAX_AGE_SECONDS)
            .build());
  }

  @Override
  public void filter(ContainerRequestContext request, ContainerResponseContext response) {
    MultivaluedMap<String, Object> headers = response.getHeaders();
    headers.add("Vary", "Origin");
    String origin = request.getHeaderString("Origin");
    if (settings.allows(origin)) {
      // No Access-Control-Allow-Credentials: across origins the button always sends its token;
      // the session cookie is SameSite=Strict and serves same-origin pages only.
      headers.putSingle("Access-Control-Allow-Origin", origin.strip());
    }
  }
}
