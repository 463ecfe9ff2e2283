package br.com.gravacoes.postgrest;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** Talks to one project of the stand-in over real HTTP, as supabase-js does. */
final class RestClient {

  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

  private final URI baseUrl;
  private final String key;

  RestClient(URI baseUrl, String key) {
    this.baseUrl = baseUrl;
    this.key = key;
  }

  /** {@code POST {base}/rest/v1/{table}?{query}} with a JSON body and no other header. */
  HttpRequest.Builder post(String table, String query, String body) {
    return HttpRequest.newBuilder(url(table, query))
        .timeout(Duration.ofSeconds(10))
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(body));
  }

  /** What {@code supabase.from(table).upsert(body, {onConflict: 'id'})} sends. */
  HttpRequest.Builder upsert(String table, String body) {
    return withSupabaseHeaders(post(table, "on_conflict=id", body))
        .header("Prefer", "resolution=merge-duplicates");
  }

  /** The headers supabase-js adds to every request: the key twice and the schema. */
  HttpRequest.Builder withSupabaseHeaders(HttpRequest.Builder request) {
    return request
        .header("apikey", key)
        .header("Authorization", "Bearer " + key)
        .header("Content-Profile", "public");
  }

  HttpRequest.Builder get(String table, String query) {
    return HttpRequest.newBuilder(url(table, query))
        .timeout(Duration.ofSeconds(10))
        .header("apikey", key)
        .header("Authorization", "Bearer " + key)
        .GET();
  }

  HttpResponse<String> upsertGravacao(String body) {
    return send(upsert(SupabaseTables.GRAVACOES, body));
  }

  static HttpResponse<String> send(HttpRequest.Builder request) {
    try {
      return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  static JsonObject json(HttpResponse<String> response) {
    return Json.createReader(new StringReader(response.body())).readObject();
  }

  static JsonArray jsonArray(HttpResponse<String> response) {
    return Json.createReader(new StringReader(response.body())).readArray();
  }

  private URI url(String table, String query) {
    return URI.create(
        baseUrl + "/rest/v1/" + table + (query == null || query.isEmpty() ? "" : "?" + query));
  }
}
