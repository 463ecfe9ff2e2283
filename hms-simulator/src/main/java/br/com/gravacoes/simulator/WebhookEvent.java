package br.com.gravacoes.simulator;

import static br.com.gravacoes.simulator.Exchanges.JSON;

import jakarta.json.JsonObject;
import java.time.Instant;

/**
 * One webhook event, ready to post.
 *
 * @param accessKey the app whose webhook receives it
 * @param body the whole envelope
 */
record WebhookEvent(
    String id, String accessKey, String type, String recordingId, String roomId, JsonObject body) {

  /** The same event re-sent on request, marked as 100ms marks replays. */
  WebhookEvent replayed() {
    JsonObject replayedBody = JSON.createObjectBuilder(body).add("is_replay", true).build();
    return new WebhookEvent(id, accessKey, type, recordingId, roomId, replayedBody);
  }

  DeliveredEvent attempt(int status, Instant at) {
    return new DeliveredEvent(id, type, recordingId, roomId, body.toString(), status, at);
  }
}
