package br.com.gravacoes.adapters.rest.auth;

import br.com.gravacoes.adapters.rest.Origins;
import jakarta.ws.rs.container.ContainerRequestContext;
import java.net.URI;
import java.util.Locale;
import java.util.Set;

/**
 * Decides whether a cookie-authenticated write (or the demo sign-in, which sets the cookie) comes
 * from a page allowed to make it: the browser's {@code Origin} must be one of the configured
 * origins or, when none is configured, this service's own host. A write without an Origin is
 * refused: browsers send one on every cross-site and same-origin POST, so only a forged or ancient
 * client lacks it.
 */
final class OriginCheck {

  private OriginCheck() {}

  static boolean allows(ContainerRequestContext request, Set<String> allowedOrigins) {
    return allows(
        request.getHeaderString("Origin"), request.getHeaderString("Host"), allowedOrigins);
  }

  /** As {@link #allows(ContainerRequestContext, Set)}, from the request's Origin and Host. */
  static boolean allows(String origin, String host, Set<String> allowedOrigins) {
    if (origin == null || origin.isBlank() || "null".equals(origin)) {
      return false;
    }
    String normalized = Origins.normalized(origin);
    if (!allowedOrigins.isEmpty()) {
      return allowedOrigins.stream()
          .anyMatch(allowed -> Origins.normalized(allowed).equals(normalized));
    }
    try {
      URI parsed = URI.create(normalized);
      String originHost = parsed.getHost() + (parsed.getPort() == -1 ? "" : ":" + parsed.getPort());
      return host != null
          && originHost.equals(
              withoutDefaultPort(host.strip().toLowerCase(Locale.ROOT), parsed.getScheme()));
    } catch (IllegalArgumentException malformed) {
      return false;
    }
  }

  private static String withoutDefaultPort(String host, String scheme) {
    if ("http".equals(scheme) && host.endsWith(":80")) {
      return host.substring(0, host.length() - 3);
    }
    if ("https".equals(scheme) && host.endsWith(":443")) {
      return host.substring(0, host.length() - 4);
    }
    return host;
  }
}
