package br.com.gravacoes.simulator;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** Calls a simulator's control API under {@code /_simulador}. */
final class ControlClient {

  private static final HttpClient HTTP = HttpClient.newHttpClient();

  private final HmsSimulator simulator;

  ControlClient(HmsSimulator simulator) {
    this.simulator = simulator;
  }

  HttpResponse<String> call(String method, String path, String body) {
    URI uri = URI.create("http://127.0.0.1:" + simulator.port() + "/_simulador" + path);
    HttpRequest.BodyPublisher publisher =
        body == null
            ? HttpRequest.BodyPublishers.noBody()
            : HttpRequest.BodyPublishers.ofString(body);
    try {
      return HTTP.send(
          HttpRequest.newBuilder(uri)
              .timeout(Duration.ofSeconds(5))
              .method(method, publisher)
              .build(),
          HttpResponse.BodyHandlers.ofString());
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  int status(String method, String path, String body) {
    return call(method, path, body).statusCode();
  }
}
