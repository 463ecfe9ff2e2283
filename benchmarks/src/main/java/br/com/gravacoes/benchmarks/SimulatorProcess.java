package br.com.gravacoes.benchmarks;

import br.com.gravacoes.systemtests.EndState;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.IOException;
import java.io.StringReader;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The 100ms simulator in its own JVM, as the service meets 100ms in production (another process),
 * set up through its control API ({@code /_simulador/...}).
 */
final class SimulatorProcess implements AutoCloseable {

  private final Process process;
  private final URI origin;
  private final HttpClient http = HttpClient.newHttpClient();

  private SimulatorProcess(Process process, URI origin) {
    this.process = process;
    this.origin = origin;
  }

  /**
   * Starts {@code HmsSimulatorMain} on {@code port}, its output appended to {@code log}; a
   * recording's video is ready {@code assetDelay} after its stop.
   */
  static SimulatorProcess start(int port, Duration assetDelay, Path log)
      throws IOException, InterruptedException {
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    Process process =
        new ProcessBuilder(
                java.toString(),
                "-Xmx256m",
                "-cp",
                System.getProperty("java.class.path"),
                "br.com.gravacoes.simulator.HmsSimulatorMain",
                "--host",
                "127.0.0.1",
                "--port",
                Integer.toString(port),
                "--asset-delay-ms",
                Long.toString(assetDelay.toMillis()))
            .redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
            .start();
    SimulatorProcess simulator =
        new SimulatorProcess(process, URI.create("http://127.0.0.1:" + port));
    try {
      simulator.awaitListening();
    } catch (RuntimeException | InterruptedException failed) {
      process.destroyForcibly();
      throw failed;
    }
    return simulator;
  }

  URI apiBaseUrl() {
    return origin.resolve("/v2");
  }

  long pid() {
    return process.pid();
  }

  void addApp(String accessKey, String appSecret) {
    post("/_simulador/apps", Map.of("accessKey", accessKey, "appSecret", appSecret));
  }

  void addRoom(String accessKey, String roomId) {
    post("/_simulador/rooms", Map.of("accessKey", accessKey, "roomId", roomId));
  }

  /** 100ms's webhooks for the app go to {@code url} with the header {@code name: value}. */
  void configureWebhook(String accessKey, URI url, String header, String value) {
    send(
        "POST",
        "/_simulador/webhooks",
        "{\"accessKey\":"
            + quote(accessKey)
            + ",\"url\":"
            + quote(url.toString())
            + ",\"headers\":{"
            + quote(header)
            + ":"
            + quote(value)
            + "}}");
  }

  /** Every API call answers after {@code latency} (on top of its own work). */
  void latency(Duration latency) {
    send(
        "POST",
        "/_simulador/faults",
        "{\"operation\":\"ANY\",\"latencyMs\":" + latency.toMillis() + "}");
  }

  /** The recordings the simulator holds, as its control API lists them. */
  List<EndState.RecordingAt100ms> recordings() {
    try (JsonReader reader =
        Json.createReader(new StringReader(send("GET", "/_simulador/recordings", null)))) {
      return reader.readArray().getValuesAs(JsonObject.class).stream()
          .map(
              recording ->
                  new EndState.RecordingAt100ms(
                      recording.getString("id"),
                      recording.getString("roomId"),
                      // As the in-process check: running until 100ms records its stop.
                      !recording.containsKey("stoppedAt") || recording.isNull("stoppedAt")))
          .toList();
    }
  }

  @Override
  public void close() {
    process.destroy();
    try {
      if (!process.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
        process.destroyForcibly();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private void awaitListening() throws InterruptedException {
    Instant deadline = Instant.now().plusSeconds(30);
    while (Instant.now().isBefore(deadline) && process.isAlive()) {
      try {
        http.send(
            HttpRequest.newBuilder(origin.resolve("/_simulador/recordings")).GET().build(),
            HttpResponse.BodyHandlers.discarding());
        return;
      } catch (ConnectException notYet) {
        Thread.sleep(200);
      } catch (IOException e) {
        Thread.sleep(200);
      }
    }
    throw new IllegalStateException("o simulador 100ms não subiu em " + origin);
  }

  private void post(String path, Map<String, String> fields) {
    send(
        "POST",
        path,
        fields.entrySet().stream()
            .map(field -> quote(field.getKey()) + ":" + quote(field.getValue()))
            .collect(Collectors.joining(",", "{", "}")));
  }

  private String send(String method, String path, String json) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(origin.resolve(path)).timeout(Duration.ofSeconds(30));
    if (json == null) {
      request.method(method, HttpRequest.BodyPublishers.noBody());
    } else {
      request
          .header("Content-Type", "application/json")
          .method(method, HttpRequest.BodyPublishers.ofString(json));
    }
    try {
      HttpResponse<String> answer =
          http.send(request.build(), HttpResponse.BodyHandlers.ofString());
      if (answer.statusCode() >= 300) {
        throw new IllegalStateException(
            "simulador: " + method + " " + path + " → " + answer.statusCode() + answer.body());
      }
      return answer.body();
    } catch (IOException e) {
      throw new IllegalStateException("simulador: " + method + " " + path, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static String quote(String text) {
    return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }
}
