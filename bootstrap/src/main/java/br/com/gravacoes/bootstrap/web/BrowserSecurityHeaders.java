package br.com.gravacoes.bootstrap.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * The browser security headers of the pages and their static assets. The policy allows only the
 * service's own scripts and styles (no inline code), API calls to the service itself, and videos
 * from anywhere: playback URLs are presigned links on the 100ms file host, another origin. Static
 * assets are public code that other sites load as ES modules (the drop-in component), which the
 * browser fetches in CORS mode, so they may be read from any origin. The Swagger UI under {@code
 * /api-docs} is not covered.
 */
@WebFilter(
    filterName = "BrowserSecurityHeaders",
    // The pages by their servlet, so their URLs are listed once (on PageServlet).
    servletNames = "PageServlet",
    urlPatterns = "/static/*")
public class BrowserSecurityHeaders extends HttpFilter {

  static final String CONTENT_SECURITY_POLICY =
      "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:;"
          + " media-src 'self' http: https:; connect-src 'self'; object-src 'none';"
          + " base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

  private static final long serialVersionUID = 1L;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    response.setHeader("X-Content-Type-Options", "nosniff");
    response.setHeader("Referrer-Policy", "same-origin");
    // Revalidated on every use: a new release's pages and component are never mixed with old ones.
    response.setHeader("Cache-Control", "no-cache");
    if (request.getRequestURI().startsWith(request.getContextPath() + "/static/")) {
      response.setHeader("Access-Control-Allow-Origin", "*");
    } else {
      response.setHeader("Content-Security-Policy", CONTENT_SECURITY_POLICY);
      response.setHeader("X-Frame-Options", "DENY");
    }
    chain.doFilter(request, response);
  }
}
