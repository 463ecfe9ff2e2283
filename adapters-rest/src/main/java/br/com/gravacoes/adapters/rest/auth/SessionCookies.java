package br.com.gravacoes.adapters.rest.auth;

import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.UriInfo;

/**
 * The session cookie that carries an admin's token for pages calling the API without an
 * Authorization header: HttpOnly, SameSite=Strict, Secure on https, for the whole site.
 */
final class SessionCookies {

  private SessionCookies() {}

  /** The cookie holding {@code token}; an empty token with max age 0 deletes it. */
  static NewCookie of(AuthSettings settings, String token, UriInfo uri, int maxAge) {
    return new NewCookie.Builder(settings.cookie())
        .value(token)
        .path("/")
        .httpOnly(true)
        .secure("https".equalsIgnoreCase(uri.getBaseUri().getScheme()))
        .sameSite(NewCookie.SameSite.STRICT)
        .maxAge(maxAge)
        .build();
  }
}
