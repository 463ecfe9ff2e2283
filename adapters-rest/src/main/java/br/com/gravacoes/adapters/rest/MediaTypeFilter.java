package br.com.gravacoes.adapters.rest;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.nio.charset.Charset;

/**
 * Refuses, with 415 and a Portuguese JSON error, a Content-Type that cannot be read at all (not a
 * media type, or a charset this JVM does not know) before Jersey trips on it: Jersey answers the
 * first with an empty 400 and the second with an exception that would become a 500.
 */
@Provider
@PreMatching
@Priority(Priorities.AUTHENTICATION - 200)
public class MediaTypeFilter implements ContainerRequestFilter {

  static final String UNREADABLE_TYPE =
      "Content-Type inválido: envie o corpo como application/json";
  static final String UNKNOWN_CHARSET =
      "Codificação (charset) desconhecida: envie o corpo em UTF-8";

  @Override
  public void filter(ContainerRequestContext request) {
    String header = request.getHeaderString(HttpHeaders.CONTENT_TYPE);
    if (header == null || header.isBlank()) {
      return;
    }
    MediaType type;
    try {
      type = MediaType.valueOf(header);
    } catch (IllegalArgumentException unreadable) {
      request.abortWith(refused(UNREADABLE_TYPE));
      return;
    }
    String charset = type.getParameters().get(MediaType.CHARSET_PARAMETER);
    if (charset != null && !isKnown(charset)) {
      request.abortWith(refused(UNKNOWN_CHARSET));
    }
  }

  private static boolean isKnown(String charset) {
    try {
      return Charset.isSupported(charset);
    } catch (IllegalArgumentException illegalName) {
      return false;
    }
  }

  private static Response refused(String text) {
    return RestJson.error(415, text);
  }
}
