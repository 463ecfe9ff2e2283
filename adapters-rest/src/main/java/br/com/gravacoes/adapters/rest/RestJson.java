package br.com.gravacoes.adapters.rest;

import jakarta.json.spi.JsonProvider;

/**
 * The JSON-P provider every resource builds and reads JSON with. {@code JSON.createXxx()} looks the
 * provider up on the class path at each call (a service-loader scan of the WAR's jars, tens of
 * microseconds); this looks it up once.
 */
public final class RestJson {

  public static final JsonProvider JSON = JsonProvider.provider();

  private RestJson() {}
}
