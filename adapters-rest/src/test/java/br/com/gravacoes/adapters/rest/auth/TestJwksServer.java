package br.com.gravacoes.adapters.rest.auth;

import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * An identity provider's JWKS endpoint on loopback: serves the public parts of the keys it is
 * given, counts fetches, and can rotate keys, fail with a status, or hang to exercise timeouts.
 */
public final class TestJwksServer implements AutoCloseable {

  private static final String PATH = "/.well-known/jwks.json";

  private final HttpServer server;
  private final ExecutorService handlers = Executors.newCachedThreadPool();
  private final CountDownLatch closing = new CountDownLatch(1);
  private final AtomicInteger fetches = new AtomicInteger();
  private volatile String body;
  private volatile int status = 200;
  private volatile boolean hanging;

  private TestJwksServer(List<JWK> keys) throws IOException {
    serve(keys.toArray(JWK[]::new));
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext(PATH, this::handle);
    server.setExecutor(handlers);
    server.start();
  }

  /** Starts on a free port of 127.0.0.1, serving {@code keys} (private parts are never served). */
  public static TestJwksServer start(JWK... keys) {
    try {
      return new TestJwksServer(List.of(keys));
    } catch (IOException e) {
      throw new IllegalStateException("could not start the JWKS server", e);
    }
  }

  public URI url() {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + PATH);
  }

  /** Replaces the key set, as an identity provider does when it rotates keys. */
  public void serve(JWK... keys) {
    body = new JWKSet(List.of(keys)).toPublicJWKSet().toString();
    status = 200;
    hanging = false;
  }

  /** Answers every fetch with {@code httpStatus} and an empty object. */
  public void failWith(int httpStatus) {
    status = httpStatus;
  }

  /** Accepts connections but never answers, until {@link #close}. */
  public void hang() {
    hanging = true;
  }

  /** How many times the key set was requested. */
  public int fetches() {
    return fetches.get();
  }

  @Override
  public void close() {
    closing.countDown();
    server.stop(0);
    handlers.shutdownNow();
  }

  private void handle(HttpExchange exchange) throws IOException {
    fetches.incrementAndGet();
    try (exchange) {
      if (hanging) {
        awaitClose();
        return;
      }
      byte[] bytes = (status == 200 ? body : "{}").getBytes(StandardCharsets.UTF_8);
      exchange.getResponseHeaders().set("Content-Type", "application/json");
      exchange.sendResponseHeaders(status, bytes.length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(bytes);
      }
    }
  }

  private void awaitClose() {
    try {
      closing.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
