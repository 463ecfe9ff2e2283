package br.com.gravacoes.simulator;

import static br.com.gravacoes.simulator.ControlBodies.flag;
import static br.com.gravacoes.simulator.ControlBodies.number;
import static br.com.gravacoes.simulator.ControlBodies.text;

import jakarta.json.JsonObject;
import java.time.Duration;

/** {@code POST /_simulador/faults}: every field present in the body configures one fault. */
final class FaultsControl {

  private FaultsControl() {}

  static void configure(SimulatorFaults faults, JsonObject body) throws ApiException {
    boolean configured = configureFlags(faults, body);
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
          "expected failAssets, dropWebhooks, duplicateWebhooks, reverseWebhookOrder,"
              + " or operation with latencyMs, failNext or hangNext");
    }
  }

  private static boolean configureFlags(SimulatorFaults faults, JsonObject body)
      throws ApiException {
    boolean configured = false;
    if (body.containsKey("failAssets")) {
      faults.failAssets(flag(body, "failAssets"));
      configured = true;
    }
    if (body.containsKey("dropWebhooks")) {
      faults.dropWebhooks(flag(body, "dropWebhooks"));
      configured = true;
    }
    if (body.containsKey("duplicateWebhooks")) {
      faults.duplicateWebhooks(flag(body, "duplicateWebhooks"));
      configured = true;
    }
    if (body.containsKey("reverseWebhookOrder")) {
      faults.reverseWebhookOrder(flag(body, "reverseWebhookOrder"));
      configured = true;
    }
    return configured;
  }
}
