package br.com.gravacoes.simulator;

import static br.com.gravacoes.simulator.Exchanges.JSON;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * The unauthenticated control API under {@code /_simulador}, one call per method of {@link
 * HmsSimulator}.
 */
final class ControlHandler implements HttpHandler {

  private static final String ROOT = "/_simulador";
  private static final Set<String> PATHS =
      Set.of(
          ROOT + "/apps", ROOT + "/rooms", ROOT + "/faults", ROOT + "/reset", ROOT + "/recordings");

  private final HmsSimulator simulator;

  ControlHandler(HmsSimulator simulator) {
    this.simulator = simulator;
  }

  @Override
  public void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      try {
        String path = exchange.getRequestURI().getPath();
        if (!PATHS.contains(path)) {
          throw ApiException.notFound("Not Found");
        }
        dispatch(exchange, exchange.getRequestMethod() + " " + path);
      } catch (ApiException e) {
        Exchanges.sendError(exchange, e);
      } catch (IllegalArgumentException e) {
        Exchanges.sendError(exchange, ApiException.badRequest(e.getMessage()));
      }
    }
  }

  private void dispatch(HttpExchange exchange, String call) throws ApiException, IOException {
    switch (call) {
      case "POST " + ROOT + "/apps" -> {
        JsonObject body = Exchanges.bodyObject(exchange);
        simulator.addApp(text(body, "accessKey"), text(body, "appSecret"));
      }
      case "POST " + ROOT + "/rooms" -> {
        JsonObject body = Exchanges.bodyObject(exchange);
        simulator.addRoom(text(body, "accessKey"), text(body, "roomId"));
      }
      case "POST " + ROOT + "/faults" -> configureFaults(Exchanges.bodyObject(exchange));
      case "DELETE " + ROOT + "/faults" -> simulator.faults().clear();
      case "POST " + ROOT + "/reset" -> simulator.reset();
      case "GET " + ROOT + "/recordings" -> {
        JsonArrayBuilder list = JSON.createArrayBuilder();
        simulator.recordings().forEach(recording -> list.add(toJson(recording)));
        Exchanges.sendJson(exchange, 200, list.build());
        return;
      }
      default -> throw new ApiException(405, "Method Not Allowed", List.of());
    }
    Exchanges.sendNoContent(exchange);
  }

  private void configureFaults(JsonObject body) throws ApiException {
    SimulatorFaults faults = simulator.faults();
    boolean configured = false;
    if (body.containsKey("failAssets")) {
      faults.failAssets(flag(body, "failAssets"));
      configured = true;
    }
    if (body.containsKey("operation")) {
      SimulatedOperation operation = SimulatedOperation.valueOf(text(body, "operation"));
      if (body.containsKey("latencyMs")) {
        faults.latency(operation, Duration.ofMillis(number(body, "latencyMs")));
        configured = true;
      }
      if (body.containsKey("failNext")) {
        int status = body.containsKey("status") ? (int) number(body, "status") : 503;
        faults.failNext(operation, (int) number(body, "failNext"), status);
        configured = true;
      }
      if (body.containsKey("hangNext")) {
        faults.hangNext(
            operation, (int) number(body, "hangNext"), Duration.ofMillis(number(body, "hangMs")));
        configured = true;
      }
    }
    if (!configured) {
      throw ApiException.badRequest(
          "expected failAssets, or operation with latencyMs, failNext or hangNext");
    }
  }

  private static JsonObject toJson(SimulatedRecording recording) {
    JsonObjectBuilder json =
        JSON.createObjectBuilder()
            .add("id", recording.id())
            .add("roomId", recording.roomId())
            .add("sessionId", recording.sessionId())
            .add("status", recording.status())
            .add("createdAt", RecordingJson.timestamp(recording.createdAt()))
            .add("startedAt", RecordingJson.timestamp(recording.startedAt()));
    addNullable(json, "stoppedAt", timestampOrNull(recording.stoppedAt()));
    addNullable(json, "assetId", recording.assetId());
    return json.build();
  }

  private static String timestampOrNull(Instant instant) {
    return instant == null ? null : RecordingJson.timestamp(instant);
  }

  private static void addNullable(JsonObjectBuilder json, String name, String value) {
    if (value == null) {
      json.addNull(name);
    } else {
      json.add(name, value);
    }
  }

  private static boolean flag(JsonObject body, String name) throws ApiException {
    JsonValue value = body.get(name);
    if (value != null && value.getValueType() == JsonValue.ValueType.TRUE) {
      return true;
    }
    if (value != null && value.getValueType() == JsonValue.ValueType.FALSE) {
      return false;
    }
    throw ApiException.badRequest(name + " must be true or false");
  }

  private static String text(JsonObject body, String name) throws ApiException {
    if (body.get(name) instanceof JsonString value) {
      return value.getString();
    }
    throw ApiException.badRequest(name + " must be a string");
  }

  private static long number(JsonObject body, String name) throws ApiException {
    JsonValue value = body.get(name);
    if (value instanceof JsonNumber number && number.isIntegral()) {
      return number.longValue();
    }
    throw ApiException.badRequest(name + " must be an integer");
  }
}
