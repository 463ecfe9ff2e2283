package br.com.gravacoes.systemtests;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/** What a toggle load was told: every start and stop answered 200, and a tally of the rest. */
public final class ToggleLedger {

  /** A start the service accepted: its local recording id and the 100ms recording id it gave. */
  public record AcceptedStart(String room, String recordingId, String hmsRecordingId) {}

  /** A stop the service accepted, with the status it answered. */
  public record AcceptedStop(String room, String recordingId, String status) {}

  /**
   * Marks answers that are not the product's JSON: the container's own pages while an instance is
   * still deploying the application (404, 503, and an empty 500 while Jersey starts).
   */
  public static final String NOT_JSON = "sem JSON";

  private static final int SAMPLES = 20;

  private final Map<String, AcceptedStart> starts = new ConcurrentHashMap<>();
  private final Map<String, AcceptedStop> stops = new ConcurrentHashMap<>();
  private final Map<String, Integer> tally = new TreeMap<>();
  private final List<String> serverErrors = new ArrayList<>();

  /** Notes the answer to a start of {@code room}. */
  public void started(String room, RecordingClient.Answer answer) {
    count("start", answer);
    if (answer.status() == 200) {
      JsonObject body = parse(answer.body());
      String id = body.getJsonObject("recording").getString("id");
      starts.put(id, new AcceptedStart(room, id, body.getString("recordingId")));
    }
  }

  /** Notes the answer to a stop of {@code room}. */
  public void stopped(String room, RecordingClient.Answer answer) {
    count("stop", answer);
    if (answer.status() == 200) {
      JsonObject body = parse(answer.body());
      String id = body.getJsonObject("recording").getString("id");
      stops.put(id, new AcceptedStop(room, id, body.getString("status")));
    }
  }

  /** Notes a request that got no answer at all (refused connection, timeout). */
  public synchronized void unanswered(String operation) {
    tally.merge(operation + " sem resposta", 1, Integer::sum);
  }

  public List<AcceptedStart> acceptedStarts() {
    return List.copyOf(starts.values());
  }

  public List<AcceptedStop> acceptedStops() {
    return List.copyOf(stops.values());
  }

  /**
   * Answers by operation and status, e.g. {@code start 200=41, stop 502=3, stop 404 sem JSON=2}.
   */
  public synchronized Map<String, Integer> tally() {
    return new TreeMap<>(tally);
  }

  /**
   * The first of the product's answers (JSON) with a status of 500 or above other than 502 (100ms
   * failed) and 503 (try again).
   */
  public synchronized List<String> unexpectedServerErrors() {
    return List.copyOf(serverErrors);
  }

  /**
   * Counts the answer under its operation and status; an answer that is not the product's JSON (a
   * server still deploying the application, say) is counted apart.
   */
  private synchronized void count(String operation, RecordingClient.Answer answer) {
    boolean fromProduct = answer.body().stripLeading().startsWith("{");
    String key = operation + " " + answer.status() + (fromProduct ? "" : " " + NOT_JSON);
    tally.merge(key, 1, Integer::sum);
    int status = answer.status();
    if (fromProduct
        && status >= 500
        && status != 502
        && status != 503
        && serverErrors.size() < SAMPLES) {
      serverErrors.add(key + " " + answer.body());
    }
  }

  private static JsonObject parse(String body) {
    try (JsonReader reader = Json.createReader(new StringReader(body))) {
      return reader.readObject();
    }
  }
}
