package br.com.gravacoes.launcher;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Payara Micro running the WAR in a child JVM, started as {@code java -jar payara-micro.jar}
 * exactly as a production host would, with its output on this console.
 */
final class PayaraMicroProcess {

  private final Process process;
  private final int httpPort;

  private PayaraMicroProcess(Process process, int httpPort) {
    this.process = process;
    this.httpPort = httpPort;
  }

  static PayaraMicroProcess start(Path payaraJar, Path war, int httpPort, Map<String, String> env)
      throws IOException {
    return start(payaraJar, war, httpPort, env, null);
  }

  /** As {@link #start(Path, Path, int, Map)}, its output appended to {@code log} when given. */
  static PayaraMicroProcess start(
      Path payaraJar, Path war, int httpPort, Map<String, String> env, Path log)
      throws IOException {
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    List<String> command =
        List.of(
            java.toString(),
            "-Xmx512m",
            "-jar",
            payaraJar.toString(),
            "--deploy",
            war.toString(),
            "--contextroot",
            "/",
            "--port",
            Integer.toString(httpPort),
            // No Hazelcast cluster: one instance needs none, and it would try the network.
            "--nohazelcast");
    ProcessBuilder builder = new ProcessBuilder(command).inheritIO();
    if (log != null) {
      builder
          .redirectErrorStream(true)
          .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
    }
    builder.environment().putAll(env);
    return new PayaraMicroProcess(builder.start(), httpPort);
  }

  /** Waits until the service answers on its health endpoint; false if Payara died or timed out. */
  boolean awaitReady(Duration timeout) throws InterruptedException {
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
    URI health = URI.create("http://localhost:" + httpPort + "/health/ready");
    Instant deadline = Instant.now().plus(timeout);
    while (Instant.now().isBefore(deadline) && process.isAlive()) {
      try {
        HttpResponse<Void> answer =
            http.send(
                HttpRequest.newBuilder(health).GET().build(),
                HttpResponse.BodyHandlers.discarding());
        if (answer.statusCode() == 200) {
          return true;
        }
      } catch (IOException notYet) {
        // Payara is still starting.
      }
      Thread.sleep(500);
    }
    return false;
  }

  int waitFor() throws InterruptedException {
    return process.waitFor();
  }

  void stop() {
    process.destroy();
  }

  /** Kills the JVM at once, as {@code kill -9} does: no shutdown hook, no orderly undeploy. */
  void kill() throws InterruptedException {
    process.destroyForcibly();
    process.waitFor();
  }
}
