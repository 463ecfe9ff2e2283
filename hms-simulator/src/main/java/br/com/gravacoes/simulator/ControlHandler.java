package br.com.gravacoes.simulator;

import static br.com.gravacoes.simulator.ControlBodies.text;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The unauthenticated control API under {@code /_simulador}, one call per method of {@link
 * HmsSimulator}.
 */
final class ControlHandler implements HttpHandler {

  private static final String ROOT = "/_simulador";
  private static final Set<String> PATHS =
      Set.of(
          ROOT + "/apps",
          ROOT + "/rooms",
          ROOT + "/faults",
          ROOT + "/reset",
          ROOT + "/recordings",
          ROOT + "/webhooks",
          ROOT + "/webhooks/replay");

  /** The call key of a session end, whatever the room in its path. */
  private static final String SESSION_END = ROOT + "/rooms/{roomId}/end";

  private static final Pattern SESSION_END_PATH = Pattern.compile(ROOT + "/rooms/([^/]+)/end");

  private final HmsSimulator simulator;

  ControlHandler(HmsSimulator simulator) {
    this.simulator = simulator;
  }

  @Override
  public void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      try {
        String path = exchange.getRequestURI().getPath();
        Matcher sessionEnd = SESSION_END_PATH.matcher(path);
        if (sessionEnd.matches()) {
          dispatch(exchange, exchange.getRequestMethod() + " " + SESSION_END, sessionEnd.group(1));
        } else if (PATHS.contains(path)) {
          dispatch(exchange, exchange.getRequestMethod() + " " + path, null);
        } else {
          throw ApiException.notFound("Not Found");
        }
      } catch (ApiException e) {
        Exchanges.sendError(exchange, e);
      } catch (IllegalArgumentException e) {
        Exchanges.sendError(exchange, ApiException.badRequest(e.getMessage()));
      }
    }
  }

  /** Runs one call, named {@code METHOD path}; {@code roomId} is the path's room, if any. */
  private void dispatch(HttpExchange exchange, String call, String roomId)
      throws ApiException, IOException {
    switch (call) {
      case "POST " + ROOT + "/apps" -> {
        JsonObject body = Exchanges.bodyObject(exchange);
        simulator.addApp(text(body, "accessKey"), text(body, "appSecret"));
      }
      case "POST " + ROOT + "/rooms" -> {
        JsonObject body = Exchanges.bodyObject(exchange);
        simulator.addRoom(text(body, "accessKey"), text(body, "roomId"));
      }
      case "POST " + SESSION_END -> simulator.endSession(roomId);
      case "POST " + ROOT + "/faults" ->
          FaultsControl.configure(simulator.faults(), Exchanges.bodyObject(exchange));
      case "DELETE " + ROOT + "/faults" -> simulator.faults().clear();
      case "POST " + ROOT + "/reset" -> simulator.reset();
      case "GET " + ROOT + "/recordings" -> {
        Exchanges.sendJson(exchange, 200, ControlJson.recordings(simulator.recordings()));
        return;
      }
      case "POST " + ROOT + "/webhooks" -> configureWebhook(Exchanges.bodyObject(exchange));
      case "DELETE " + ROOT + "/webhooks" -> {
        String accessKey = Exchanges.query(exchange).get("accessKey");
        if (accessKey == null || accessKey.isBlank()) {
          throw ApiException.badRequest("accessKey query parameter is required");
        }
        simulator.configureWebhook(accessKey, null);
      }
      case "GET " + ROOT + "/webhooks" -> {
        Exchanges.sendJson(exchange, 200, ControlJson.deliveries(simulator.webhooks().delivered()));
        return;
      }
      case "POST " + ROOT + "/webhooks/replay" ->
          simulator.faults().replayWebhook(text(Exchanges.bodyObject(exchange), "eventId"));
      default -> throw new ApiException(405, "Method Not Allowed", List.of());
    }
    Exchanges.sendNoContent(exchange);
  }

  private void configureWebhook(JsonObject body) throws ApiException {
    URI url;
    try {
      url = URI.create(text(body, "url"));
    } catch (IllegalArgumentException e) {
      throw ApiException.badRequest("url is not a URI: " + e.getMessage());
    }
    simulator.configureWebhook(
        text(body, "accessKey"), new WebhookSettings(url, ControlBodies.texts(body, "headers")));
  }
}
