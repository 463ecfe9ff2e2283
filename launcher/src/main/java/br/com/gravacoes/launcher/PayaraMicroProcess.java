package br.com.gravacoes.launcher;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Payara Micro running the WAR in a child JVM, started as {@code java -jar payara-micro.jar}
 * exactly as a production host would, with its output on this console.
 */
public final class PayaraMicroProcess {

  private final Process process;
  private final int httpPort;

  private PayaraMicroProcess(Process process, int httpPort) {
    this.process = process;
    this.httpPort = httpPort;
  }

  public static PayaraMicroProcess start(
      Path payaraJar, Path war, int httpPort, Map<String, String> env) throws IOException {
    return start(payaraJar, war, httpPort, env, null, List.of());
  }

  /**
   * As {@link #start(Path, Path, int, Map)}, its output appended to {@code log} when given, with
   * extra JVM options (e.g. a Flight Recorder for a benchmark).
   */
  public static PayaraMicroProcess start(
      Path payaraJar,
      Path war,
      int httpPort,
      Map<String, String> env,
      Path log,
      List<String> jvmOptions)
      throws IOException {
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    List<String> command = new ArrayList<>();
    command.add(java.toString());
    command.add("-Xmx512m");
    // The MicroProfile Rest Clients (100ms, Supabase) run on HttpURLConnection, whose keep-alive
    // cache holds 5 connections per host by default: under load every other call would open and
    // close its own TCP connection.
    command.add("-Dhttp.maxConnections=256");
    command.addAll(jvmOptions);
    command.addAll(
        List.of(
            "-jar",
            payaraJar.toString(),
            "--deploy",
            war.toString(),
            "--contextroot",
            "/",
            "--port",
            Integer.toString(httpPort),
            // No Hazelcast cluster: instances coordinate through the database, and it would try
            // the network.
            "--nohazelcast"));
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
  public boolean awaitReady(Duration timeout) throws InterruptedException {
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
      Thread.sleep(100);
    }
    return false;
  }

  public int waitFor() throws InterruptedException {
    return process.waitFor();
  }

  public void stop() {
    process.destroy();
  }

  /** Kills the JVM at once, as {@code kill -9} does: no shutdown hook, no orderly undeploy. */
  public void kill() throws InterruptedException {
    process.destroyForcibly();
    process.waitFor();
  }

  /** The operating system's id of the Payara JVM (for its RSS and CPU time in /proc). */
  public long pid() {
    return process.pid();
  }

  public int httpPort() {
    return httpPort;
  }

  public boolean isAlive() {
    return process.isAlive();
  }
}
