package br.com.gravacoes.simulator;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.util.regex.Pattern;

/**
 * One endpoint of the {@code /v2} API: method, path pattern, the operation faults target, and the
 * action.
 */
record Route(String method, Pattern path, SimulatedOperation operation, Action action) {

  /** Builds the 200 answer, or throws the 100ms error to answer instead. */
  @FunctionalInterface
  interface Action {
    JsonObject answer(ApiCall call) throws ApiException, IOException;
  }

  static Route get(String pathRegex, SimulatedOperation operation, Action action) {
    return new Route("GET", Pattern.compile(pathRegex), operation, action);
  }

  static Route post(String pathRegex, SimulatedOperation operation, Action action) {
    return new Route("POST", Pattern.compile(pathRegex), operation, action);
  }
}
