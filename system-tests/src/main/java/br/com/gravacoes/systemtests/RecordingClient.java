package br.com.gravacoes.systemtests;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** An administrator's HTTP client for the recording endpoints, as a frontend calls them. */
public final class RecordingClient {

  /** One answer: its status, its body, and how long it took from send to last byte. */
  public record Answer(int status, String body, Duration elapsed) {}

  private final HttpClient http;
  private final URI base;
  private final String token;

  public RecordingClient(HttpClient http, URI base, String token) {
    this.http = http;
    this.base = base;
    this.token = token;
  }

  /** HTTP/1.1 keep-alive with a short connect timeout, as a browser talks to the service. */
  public static HttpClient newHttpClient() {
    return HttpClient.newBuilder()
        .version(HttpClient.Version.HTTP_1_1)
        .connectTimeout(Duration.ofSeconds(2))
        .build();
  }

  public RecordingClient at(URI otherBase) {
    return new RecordingClient(http, otherBase, token);
  }

  /** {@code POST /api/100ms/recording/start} with {@code {"roomId": room}}. */
  public Answer start(String room) throws IOException, InterruptedException {
    return post("/api/100ms/recording/start", "{\"roomId\":\"" + room + "\"}");
  }

  /** {@code POST /api/100ms/recording/stop} with {@code {"roomId": room}}. */
  public Answer stop(String room) throws IOException, InterruptedException {
    return post("/api/100ms/recording/stop", "{\"roomId\":\"" + room + "\"}");
  }

  /** A POST of a JSON body to {@code path} with the administrator's bearer token. */
  public Answer post(String path, String json) throws IOException, InterruptedException {
    HttpRequest request =
        HttpRequest.newBuilder(base.resolve(path))
            .header("Content-Type", "application/json")
            .header("Authorization", "Bearer " + token)
            .timeout(Duration.ofSeconds(30))
            .POST(HttpRequest.BodyPublishers.ofString(json))
            .build();
    return send(request);
  }

  /** A GET of {@code path} with the administrator's bearer token. */
  public Answer get(String path) throws IOException, InterruptedException {
    return send(
        HttpRequest.newBuilder(base.resolve(path))
            .header("Authorization", "Bearer " + token)
            .timeout(Duration.ofSeconds(30))
            .GET()
            .build());
  }

  private Answer send(HttpRequest request) throws IOException, InterruptedException {
    long began = System.nanoTime();
    HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
    return new Answer(
        response.statusCode(), response.body(), Duration.ofNanos(System.nanoTime() - began));
  }
}
