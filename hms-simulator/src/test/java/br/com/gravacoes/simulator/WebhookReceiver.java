package br.com.gravacoes.simulator;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/** A webhook endpoint for tests: keeps every request and answers 200 unless told otherwise. */
final class WebhookReceiver implements AutoCloseable {

  /** One request as it arrived, with the status it was answered. */
  record Received(JsonObject event, Headers headers, int answered) {

    String type() {
      return event.getString("type");
    }

    String id() {
      return event.getString("id");
    }

    JsonObject data() {
      return event.getJsonObject("data");
    }
  }

  private final HttpServer server;
  private final List<Received> received = new CopyOnWriteArrayList<>();
  private final Queue<Integer> nextAnswers = new ConcurrentLinkedQueue<>();
  private volatile Consumer<JsonObject> inspector = event -> {};

  private WebhookReceiver() throws IOException {
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext("/hooks", this::receive);
    server.start();
  }

  static WebhookReceiver start() {
    try {
      return new WebhookReceiver();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  URI url() {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/hooks");
  }

  /** The next requests are answered these statuses, in order; 200 after that. */
  void answerNext(int... statuses) {
    for (int status : statuses) {
      nextAnswers.add(status);
    }
  }

  /** Runs on every event before it is answered, i.e. while the simulator waits for the answer. */
  void inspectWith(Consumer<JsonObject> newInspector) {
    inspector = newInspector;
  }

  List<Received> received() {
    return List.copyOf(received);
  }

  List<String> types() {
    return received.stream().map(Received::type).toList();
  }

  Received first(String type) {
    return received.stream()
        .filter(request -> request.type().equals(type))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no " + type + " in " + types()));
  }

  void clear() {
    received.clear();
    nextAnswers.clear();
    inspector = event -> {};
  }

  @Override
  public void close() {
    server.stop(0);
  }

  private void receive(HttpExchange exchange) throws IOException {
    try (exchange) {
      String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
      JsonObject event = Json.createReader(new StringReader(body)).readObject();
      inspector.accept(event);
      Integer next = nextAnswers.poll();
      int status = next == null ? 200 : next;
      received.add(new Received(event, exchange.getRequestHeaders(), status));
      exchange.sendResponseHeaders(status, -1);
    }
  }
}
