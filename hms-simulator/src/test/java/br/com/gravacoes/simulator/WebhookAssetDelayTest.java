package br.com.gravacoes.simulator;

import static br.com.gravacoes.simulator.ApiClient.ACCESS_KEY;
import static br.com.gravacoes.simulator.ApiClient.json;
import static br.com.gravacoes.simulator.WebhookEvents.RECORDING_SUCCESS;
import static br.com.gravacoes.simulator.WebhookEvents.STOPPED;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class WebhookAssetDelayTest {

  private static final Duration ASSET_DELAY = Duration.ofSeconds(1);

  private static HmsSimulator simulator;
  private static ApiClient api;
  private static WebhookReceiver receiver;

  @BeforeAll
  static void start() {
    simulator = HmsSimulator.start(SimulatorSettings.defaults().withAssetDelay(ASSET_DELAY));
    api = new ApiClient(simulator);
    receiver = WebhookReceiver.start();
    simulator.configureWebhook(ACCESS_KEY, new WebhookSettings(receiver.url(), Map.of()));
  }

  @AfterAll
  static void stop() {
    receiver.close();
    simulator.close();
  }

  @Test
  void recordingSuccessArrivesOnItsOwnOnceTheAssetDelayHasPassed() {
    Map<String, String> statusSeen = new ConcurrentHashMap<>();
    receiver.inspectWith(
        event -> {
          String id = event.getJsonObject("data").getString("recording_id");
          JsonObject recording = json(api.get("/recordings/" + id));
          String assets = recording.isNull("recording_assets") ? "" : "+assets";
          statusSeen.put(event.getString("type"), recording.getString("status") + assets);
        });

    String id = api.startRecording();
    api.post("/recordings/" + id + "/stop");
    // Nobody asks for the recording from here on: the event must come by itself.
    simulator.webhooks().awaitDelivered(RECORDING_SUCCESS, 1, Duration.ofSeconds(5));

    SimulatedRecording recording = simulator.recordings().get(0);
    DeliveredEvent success = simulator.webhooks().delivered().get(2);
    assertThat(success.type()).isEqualTo(RECORDING_SUCCESS);
    assertThat(success.at()).isAfterOrEqualTo(recording.stoppedAt().plus(ASSET_DELAY));
    assertThat(statusSeen)
        .containsEntry(STOPPED, "post_processing")
        .containsEntry(RECORDING_SUCCESS, "completed+assets");
  }
}
