package br.com.gravacoes.bootstrap;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** Talks HTTP to the deployed service, as the seed's frontend does, with an admin's token. */
final class ApiClient {

  record Answer(int status, String contentType, String body) {
    static Answer of(HttpResponse<String> response) {
      return new Answer(
          response.statusCode(),
          response.headers().firstValue("Content-Type").orElse(""),
          response.body());
    }

    JsonObject json() {
      try (JsonReader reader = Json.createReader(new StringReader(body))) {
        return reader.readObject();
      }
    }
  }

  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private final URI base;
  private final String token;

  /** A client signed in with {@code token} (null: no Authorization header at all). */
  ApiClient(URL base, String token) {
    this(URI.create(base.toString().endsWith("/") ? base.toString() : base + "/"), token);
  }

  private ApiClient(URI base, String token) {
    this.base = base;
    this.token = token;
  }

  /** The same service, as an administrator of another tenant. */
  ApiClient asAdminOf(String tenant) {
    return new ApiClient(base, ItTokens.admin(tenant));
  }

  /** The same service, with another token (or none). */
  ApiClient withToken(String otherToken) {
    return new ApiClient(base, otherToken);
  }

  URI base() {
    return base;
  }

  Answer start(String roomId) {
    return post("api/100ms/recording/start", "{\"roomId\":\"" + roomId + "\"}");
  }

  Answer stop(String roomId) {
    return post("api/100ms/recording/stop", "{\"roomId\":\"" + roomId + "\"}");
  }

  Answer post(String path, String body) {
    return send(path, "POST", "application/json", body);
  }

  Answer send(String path, String method, String contentType, String body) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(30));
    if (contentType != null) {
      request.header("Content-Type", contentType);
    }
    if (token != null) {
      request.header("Authorization", "Bearer " + token);
    }
    request.method(
        method,
        body == null
            ? HttpRequest.BodyPublishers.noBody()
            : HttpRequest.BodyPublishers.ofString(body));
    try {
      return Answer.of(HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString()));
    } catch (Exception e) {
      throw new IllegalStateException("request failed: " + method + " " + path, e);
    }
  }

  /**
   * A request with exactly the headers given as name, value, ... (and a JSON Content-Type when
   * there is a body): no token unless a header carries one. The whole response, headers included.
   */
  HttpResponse<String> exchange(String method, String path, String body, String... headers) {
    HttpRequest.Builder request = request(path);
    if (body != null) {
      request.header("Content-Type", "application/json");
    }
    if (headers.length > 0) {
      request.headers(headers);
    }
    request.method(
        method,
        body == null
            ? HttpRequest.BodyPublishers.noBody()
            : HttpRequest.BodyPublishers.ofString(body));
    return exchange(request.build());
  }

  /** A request to {@code path} without any header: the caller chooses every one (or none). */
  HttpRequest.Builder request(String path) {
    return HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(30));
  }

  /** Sends a request built with {@link #request}; the whole response, headers included. */
  static HttpResponse<String> exchange(HttpRequest request) {
    try {
      return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
    } catch (Exception e) {
      throw new IllegalStateException(
          "request failed: " + request.method() + " " + request.uri(), e);
    }
  }
}
