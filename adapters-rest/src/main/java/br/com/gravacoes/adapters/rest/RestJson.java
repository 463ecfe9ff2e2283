package br.com.gravacoes.adapters.rest;

import jakarta.json.spi.JsonProvider;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * The JSON-P provider every resource builds and reads JSON with. {@code JSON.createXxx()} looks the
 * provider up on the class path at each call (a service-loader scan of the WAR's jars, tens of
 * microseconds); this looks it up once.
 */
public final class RestJson {

  public static final JsonProvider JSON = JsonProvider.provider();

  /** The error of a cookie-riding or cross-origin request from a page that is not allowed. */
  public static final String ORIGIN_REFUSED = "Origem da requisição não permitida";

  private RestJson() {}

  /** An answer with that status and body {@code {"error": text}}, as JSON in UTF-8. */
  public static Response error(int status, String text) {
    return Response.status(status)
        .type(MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"))
        .entity(JSON.createObjectBuilder().add("error", text).build().toString())
        .build();
  }
}
