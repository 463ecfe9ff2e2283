package br.com.gravacoes.postgrest;

import com.sun.net.httpserver.HttpExchange;
import java.time.Instant;
import java.util.Map;

/**
 * A request that passed the gateway and PostgREST's authentication, to one table of a project.
 *
 * @param query the decoded query parameters
 * @param receivedAt when it arrived, before any delay
 */
record RestCall(
    HttpExchange exchange,
    ProjectState project,
    String table,
    Role role,
    Map<String, String> query,
    byte[] body,
    Instant receivedAt) {

  String header(String name) {
    return exchange.getRequestHeaders().getFirst(name);
  }

  /** The PostgreSQL schema the project's exposed {@code public} schema maps to. */
  String schema() {
    return project.project().schema();
  }
}
