package br.com.gravacoes.adapters.rest.auth;

import br.com.gravacoes.adapters.rest.RestJson;
import br.com.gravacoes.application.port.in.Actor;
import br.com.gravacoes.domain.tenant.TenantId;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Cookie;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.util.Optional;
import java.util.Set;

/**
 * Lets only the tenant's administrators in: a JWT from {@code Authorization: Bearer}, or from the
 * session cookie the seed's frontend relies on (then writes must come from an allowed origin, so a
 * page elsewhere cannot ride the cookie). Missing or bad token → 401; not an admin → 403.
 */
@Provider
@Priority(Priorities.AUTHENTICATION)
public class AuthenticationFilter implements ContainerRequestFilter {

  private static final Logger LOG = System.getLogger("gravacoes.auth");
  private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS");

  @Context ResourceInfo resource;
  @Context HttpServletRequest servletRequest;
  @Inject AccessTokens tokens;
  @Inject AuthSettings settings;
  @Inject CurrentCaller caller;

  @Override
  public void filter(ContainerRequestContext request) {
    Class<?> resourceClass = resource.getResourceClass();
    if (resourceClass != null && resourceClass.isAnnotationPresent(PublicEndpoint.class)) {
      return;
    }
    Optional<String> bearer = bearer(request);
    Optional<String> token = bearer.or(() -> cookie(request));
    if (token.isEmpty()) {
      request.abortWith(unauthenticated());
      return;
    }
    if (bearer.isEmpty() && !SAFE_METHODS.contains(request.getMethod())) {
      if (!OriginCheck.allows(request, settings.allowedOrigins())) {
        request.abortWith(RestJson.error(403, RestJson.ORIGIN_REFUSED));
        return;
      }
    }
    VerifiedToken verified;
    Actor actor;
    try {
      verified = tokens.verify(token.get());
      actor =
          new Actor(
              verified.subject(),
              new TenantId(verified.tenantId()),
              servletRequest == null ? null : servletRequest.getRemoteAddr());
    } catch (InvalidTokenException | IllegalArgumentException refused) {
      // A subject or tenant no caller can have (too long, say) is a bad token like any other.
      LOG.log(Level.INFO, "[Auth] Token recusado: {0}", refused.getMessage());
      request.abortWith(unauthenticated());
      return;
    }
    if (!verified.admin()) {
      request.abortWith(RestJson.error(403, "Acesso restrito a administradores"));
      return;
    }
    caller.authenticated(actor, verified.expiresAt());
  }

  private static Optional<String> bearer(ContainerRequestContext request) {
    String header = request.getHeaderString(HttpHeaders.AUTHORIZATION);
    if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
      return Optional.empty();
    }
    String token = header.substring(7).strip();
    return token.isEmpty() ? Optional.empty() : Optional.of(token);
  }

  private Optional<String> cookie(ContainerRequestContext request) {
    Cookie cookie = request.getCookies().get(settings.cookie());
    return cookie == null || cookie.getValue().isBlank()
        ? Optional.empty()
        : Optional.of(cookie.getValue());
  }

  private static Response unauthenticated() {
    return Response.fromResponse(RestJson.error(401, "Não autenticado"))
        .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer")
        .build();
  }
}
