package br.com.gravacoes.systemtests;

import br.com.gravacoes.launcher.PayaraMicroProcess;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * One running service: {@code java -jar payara-micro.jar --deploy gravacoes.war} on a loopback
 * port, its output in a log file, ready when {@code /health/ready} answers 200.
 */
public final class ServiceInstance implements AutoCloseable {

  private final PayaraMicroProcess process;
  private final Path log;
  private final Duration startup;

  private ServiceInstance(PayaraMicroProcess process, Path log, Duration startup) {
    this.process = process;
    this.log = log;
    this.startup = startup;
  }

  /** Starts the product on {@code port} and waits until it is ready (at most 3 minutes). */
  public static ServiceInstance start(
      Product product, int port, ServiceEnvironment environment, Path log) {
    return start(product, port, environment, log, List.of());
  }

  /** As {@link #start(Product, int, ServiceEnvironment, Path)}, with extra JVM options. */
  public static ServiceInstance start(
      Product product, int port, ServiceEnvironment environment, Path log, List<String> jvm) {
    long began = System.nanoTime();
    try {
      Files.createDirectories(log.toAbsolutePath().getParent());
      PayaraMicroProcess process =
          PayaraMicroProcess.start(
              product.payaraJar(), product.war(), port, environment.asMap(), log, jvm);
      if (!process.awaitReady(Duration.ofMinutes(3))) {
        process.kill();
        throw new IllegalStateException("o serviço não ficou pronto; log em " + log);
      }
      return new ServiceInstance(process, log, Duration.ofNanos(System.nanoTime() - began));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** A free loopback port for a new instance. */
  public static int freePort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public URI baseUri() {
    return URI.create("http://127.0.0.1:" + process.httpPort());
  }

  public int port() {
    return process.httpPort();
  }

  public long pid() {
    return process.pid();
  }

  public Path log() {
    return log;
  }

  /** From launch until {@code /health/ready} first answered 200. */
  public Duration startup() {
    return startup;
  }

  public boolean isAlive() {
    return process.isAlive();
  }

  /** SIGKILL: no shutdown hook, no orderly undeploy, requests in flight cut off. */
  public void kill() {
    try {
      process.kill();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** SIGTERM, then waits for the JVM to exit. */
  @Override
  public void close() {
    process.stop();
    try {
      process.waitFor();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
