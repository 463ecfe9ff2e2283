package br.com.gravacoes.postgrest;

import java.util.Objects;

/**
 * How a stand-in is started.
 *
 * @param host address to bind to
 * @param port port to bind to; 0 picks a free one (kept across {@code down()} and {@code up()})
 * @param threads threads answering requests; a configured delay holds one per waiting request
 * @param poolSize database connections kept open and reused
 */
public record StandInSettings(String host, int port, int threads, int poolSize) {

  public StandInSettings {
    Objects.requireNonNull(host, "host");
    if (port < 0 || port > 65_535) {
      throw new IllegalArgumentException("port out of range: " + port);
    }
    if (threads < 1 || poolSize < 1) {
      throw new IllegalArgumentException("threads and poolSize must be at least 1");
    }
  }

  /** Loopback, a random free port, 16 threads, 8 connections. */
  public static StandInSettings defaults() {
    return new StandInSettings("127.0.0.1", 0, 16, 8);
  }

  public StandInSettings withHost(String newHost) {
    return new StandInSettings(newHost, port, threads, poolSize);
  }

  public StandInSettings withPort(int newPort) {
    return new StandInSettings(host, newPort, threads, poolSize);
  }

  public StandInSettings withThreads(int newThreads) {
    return new StandInSettings(host, port, newThreads, poolSize);
  }

  public StandInSettings withPoolSize(int newPoolSize) {
    return new StandInSettings(host, port, threads, newPoolSize);
  }
}
