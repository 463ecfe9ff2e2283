package br.com.gravacoes.simulator;

import static br.com.gravacoes.simulator.ApiClient.ACCESS_KEY;
import static br.com.gravacoes.simulator.ApiClient.ROOM;
import static br.com.gravacoes.simulator.ApiClient.jsonArray;
import static br.com.gravacoes.simulator.WebhookEvents.RECORDING_SUCCESS;
import static br.com.gravacoes.simulator.WebhookEvents.STARTED;
import static br.com.gravacoes.simulator.WebhookEvents.STOPPED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.time.Duration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class WebhookControlApiTest extends WebhookTestBase {

  private static ControlClient control;

  @BeforeAll
  static void startControlClient() {
    control = new ControlClient(simulator);
  }

  @Test
  void configuresTheWebhookEndsTheSessionAndListsTheDeliveries() {
    simulator.configureWebhook(ACCESS_KEY, null);
    String configure =
        "{\"accessKey\":\"%s\",\"url\":\"%s\",\"headers\":{\"X-Secret\":\"s3\"}}"
            .formatted(ACCESS_KEY, receiver.url());
    assertThat(control.status("POST", "/webhooks", configure)).isEqualTo(204);

    api.startRecording();
    assertThat(control.status("POST", "/rooms/" + ROOM + "/end", null)).isEqualTo(204);
    simulator.webhooks().awaitDelivered(RECORDING_SUCCESS, 1, WAIT);

    assertThat(receiver.first(STARTED).headers().getFirst("X-Secret")).isEqualTo("s3");
    assertThat(receiver.first(STOPPED).data().getString("reason")).isEqualTo("last peer left");
    JsonArray deliveries = jsonArray(control.call("GET", "/webhooks", null));
    assertThat(deliveries).hasSize(3);
    JsonObject first = deliveries.getJsonObject(0);
    assertThat(first.getString("type")).isEqualTo(STARTED);
    assertThat(first.getInt("status")).isEqualTo(200);
    assertThat(first.getString("roomId")).isEqualTo(ROOM);
    assertThat(first.getJsonObject("body").getString("id")).isEqualTo(first.getString("id"));
  }

  @Test
  void replaysAnEventAndRefusesUnknownOnes() {
    api.startRecording();
    simulator.webhooks().awaitDelivered(STARTED, 1, WAIT);
    String eventId = receiver.first(STARTED).id();

    assertThat(control.status("POST", "/webhooks/replay", "{\"eventId\":\"" + eventId + "\"}"))
        .isEqualTo(204);
    simulator.webhooks().awaitDelivered(STARTED, 2, WAIT);
    assertThat(receiver.received().get(1).event().getBoolean("is_replay")).isTrue();
    assertThat(control.status("POST", "/webhooks/replay", "{\"eventId\":\"nope\"}")).isEqualTo(400);
  }

  @Test
  void setsAndClearsTheWebhookFaults() {
    assertThat(control.status("POST", "/faults", "{\"dropWebhooks\":true}")).isEqualTo(204);
    assertThat(control.status("POST", "/faults", "{\"duplicateWebhooks\":true}")).isEqualTo(204);
    assertThat(control.status("POST", "/faults", "{\"reverseWebhookOrder\":true}")).isEqualTo(204);

    assertThat(simulator.faults().webhooksDropped()).isTrue();
    assertThat(simulator.faults().webhooksDuplicated()).isTrue();
    assertThat(simulator.faults().webhookOrderReversed()).isTrue();
    control.call("DELETE", "/faults", null);
    assertThat(simulator.faults().webhooksDropped()).isFalse();
    assertThat(simulator.faults().webhooksDuplicated()).isFalse();
    assertThat(simulator.faults().webhookOrderReversed()).isFalse();
  }

  @Test
  void deletingTheWebhookStopsTheDeliveries() {
    assertThat(control.status("DELETE", "/webhooks?accessKey=" + ACCESS_KEY, null)).isEqualTo(204);

    api.startRecording();

    await()
        .during(Duration.ofMillis(300))
        .atMost(Duration.ofSeconds(1))
        .until(() -> receiver.received().isEmpty());
  }

  @Test
  void rejectsInvalidWebhookCalls() {
    String ftp = "{\"accessKey\":\"k\",\"url\":\"ftp://host/hooks\"}";
    assertThat(control.status("POST", "/webhooks", ftp)).isEqualTo(400);
    assertThat(
            control.status(
                "POST",
                "/webhooks",
                "{\"accessKey\":\"k\",\"url\":\"http://h\",\"headers\":{\"X\":1}}"))
        .isEqualTo(400);
    assertThat(control.status("DELETE", "/webhooks", null)).isEqualTo(400);
    assertThat(control.status("GET", "/rooms/" + ROOM + "/end", null)).isEqualTo(405);
  }
}
