package br.com.gravacoes.simulator;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.lang.System.Logger.Level;
import java.time.Instant;
import java.util.List;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;

/** Serves {@code /v2}: picks the route, applies faults, checks the token, answers JSON. */
final class ApiRouter implements HttpHandler {

  private static final System.Logger LOG = System.getLogger(ApiRouter.class.getName());

  private final List<Route> routes;
  private final SimulatorFaults faults;
  private final ManagementTokenVerifier verifier;

  ApiRouter(List<Route> routes, SimulatorFaults faults, ManagementTokenVerifier verifier) {
    this.routes = List.copyOf(routes);
    this.faults = faults;
    this.verifier = verifier;
  }

  @Override
  public void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      try {
        Exchanges.sendJson(exchange, 200, answer(exchange));
      } catch (ApiException e) {
        Exchanges.sendError(exchange, e);
      } catch (RuntimeException e) {
        LOG.log(Level.ERROR, "Simulator failed on " + exchange.getRequestURI(), e);
        Exchanges.sendError(exchange, 500, "Internal Server Error");
      }
    }
  }

  private JsonObject answer(HttpExchange exchange) throws ApiException, IOException {
    String path = exchange.getRequestURI().getPath();
    Set<String> allowedMethods = new TreeSet<>();
    for (Route route : routes) {
      Matcher matcher = route.path().matcher(path);
      if (!matcher.matches()) {
        continue;
      }
      if (route.method().equals(exchange.getRequestMethod())) {
        return answer(exchange, route, matcher);
      }
      allowedMethods.add(route.method());
    }
    if (allowedMethods.isEmpty()) {
      throw ApiException.notFound("Not Found");
    }
    String allow = String.join(", ", allowedMethods);
    exchange.getResponseHeaders().set("Allow", allow);
    throw new ApiException(405, "Method Not Allowed", List.of("allowed: " + allow));
  }

  private JsonObject answer(HttpExchange exchange, Route route, Matcher path)
      throws ApiException, IOException {
    // Faults come before the token check: they stand for a failing gateway in front of the API.
    OptionalInt failure = faults.beforeAnswer(route.operation());
    if (failure.isPresent()) {
      throw simulatedFailure(failure.getAsInt());
    }
    Instant now = SimulatorState.now();
    String accessKey = verifier.verify(exchange.getRequestHeaders().getFirst("Authorization"), now);
    return route.action().answer(new ApiCall(exchange, path, accessKey, now));
  }

  private static ApiException simulatedFailure(int status) {
    String message =
        switch (status) {
          case 429 -> "Too Many Requests";
          case 500 -> "Internal Server Error";
          case 502 -> "Bad Gateway";
          case 503 -> "Service Unavailable";
          case 504 -> "Gateway Timeout";
          default -> "Simulated failure";
        };
    return new ApiException(status, message, List.of("simulated failure"));
  }
}
