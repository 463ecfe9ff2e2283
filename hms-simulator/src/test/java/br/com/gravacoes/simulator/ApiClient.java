package br.com.gravacoes.simulator;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** Talks to a simulator over real HTTP as the registered test app. */
final class ApiClient {

  static final String ACCESS_KEY = "test-access-key";
  static final String SECRET = "test-app-secret-0123456789abcdef-0123456789abcdef-0123456789abcdef";
  static final String ROOM = "65a0f1c2d3e4f5a6b7c8d9e0";
  static final String OTHER_ROOM = "65a0f1c2d3e4f5a6b7c8d9e1";

  private final HmsSimulator simulator;
  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  ApiClient(HmsSimulator simulator) {
    this.simulator = simulator;
    simulator.addApp(ACCESS_KEY, SECRET);
    simulator.addRoom(ACCESS_KEY, ROOM);
    simulator.addRoom(ACCESS_KEY, OTHER_ROOM);
  }

  static String token() {
    return Tokens.management(ACCESS_KEY, SECRET);
  }

  HttpResponse<String> get(String apiPath) {
    return send(request(apiPath).GET().header("Authorization", "Bearer " + token()));
  }

  HttpResponse<String> post(String apiPath) {
    return post(apiPath, "");
  }

  HttpResponse<String> post(String apiPath, String body) {
    return send(
        request(apiPath)
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .header("Content-Type", "application/json")
            .header("Authorization", "Bearer " + token()));
  }

  /** A request to {@code apiBaseUrl + apiPath}, without any header yet. */
  HttpRequest.Builder request(String apiPath) {
    return HttpRequest.newBuilder(URI.create(simulator.apiBaseUrl() + apiPath))
        .timeout(Duration.ofSeconds(10));
  }

  HttpResponse<String> send(HttpRequest.Builder request) {
    try {
      return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  HttpClient http() {
    return http;
  }

  /** Starts a recording in {@link #ROOM} and returns its id. */
  String startRecording() {
    return json(post("/recordings/room/" + ROOM + "/start")).getString("id");
  }

  static JsonObject json(HttpResponse<String> response) {
    return Json.createReader(new StringReader(response.body())).readObject();
  }

  static JsonArray jsonArray(HttpResponse<String> response) {
    return Json.createReader(new StringReader(response.body())).readArray();
  }
}
