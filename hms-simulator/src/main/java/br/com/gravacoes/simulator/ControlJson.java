package br.com.gravacoes.simulator;

import static br.com.gravacoes.simulator.Exchanges.JSON;

import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import java.io.StringReader;
import java.time.Instant;
import java.util.List;

/** The JSON answers of the control API, with camelCase names like its requests. */
final class ControlJson {

  private ControlJson() {}

  static JsonArray recordings(List<SimulatedRecording> recordings) {
    JsonArrayBuilder list = JSON.createArrayBuilder();
    recordings.forEach(recording -> list.add(recording(recording)));
    return list.build();
  }

  /** Each attempt with the event as posted, as JSON rather than as a string. */
  static JsonArray deliveries(List<DeliveredEvent> deliveries) {
    JsonArrayBuilder list = JSON.createArrayBuilder();
    for (DeliveredEvent delivery : deliveries) {
      list.add(
          JSON.createObjectBuilder()
              .add("id", delivery.id())
              .add("type", delivery.type())
              .add("recordingId", delivery.recordingId())
              .add("roomId", delivery.roomId())
              .add("status", delivery.status())
              .add("at", RecordingJson.timestamp(delivery.at()))
              .add("body", parse(delivery.body())));
    }
    return list.build();
  }

  private static JsonObject recording(SimulatedRecording recording) {
    JsonObjectBuilder json =
        JSON.createObjectBuilder()
            .add("id", recording.id())
            .add("roomId", recording.roomId())
            .add("sessionId", recording.sessionId())
            .add("status", recording.status())
            .add("createdAt", RecordingJson.timestamp(recording.createdAt()))
            .add("startedAt", RecordingJson.timestamp(recording.startedAt()));
    addNullable(json, "stoppedAt", timestampOrNull(recording.stoppedAt()));
    addNullable(json, "assetId", recording.assetId());
    return json.build();
  }

  private static JsonObject parse(String body) {
    try (JsonReader reader = JSON.createReader(new StringReader(body))) {
      return reader.readObject();
    }
  }

  private static String timestampOrNull(Instant instant) {
    return instant == null ? null : RecordingJson.timestamp(instant);
  }

  private static void addNullable(JsonObjectBuilder json, String name, String value) {
    if (value == null) {
      json.addNull(name);
    } else {
      json.add(name, value);
    }
  }
}
