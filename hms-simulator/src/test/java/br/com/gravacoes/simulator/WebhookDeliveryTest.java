package br.com.gravacoes.simulator;

import static br.com.gravacoes.simulator.ApiClient.ACCESS_KEY;
import static br.com.gravacoes.simulator.ApiClient.ROOM;
import static br.com.gravacoes.simulator.ApiClient.json;
import static br.com.gravacoes.simulator.WebhookEvents.FAILURE;
import static br.com.gravacoes.simulator.WebhookEvents.RECORDING_SUCCESS;
import static br.com.gravacoes.simulator.WebhookEvents.STARTED;
import static br.com.gravacoes.simulator.WebhookEvents.STOPPED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import jakarta.json.JsonObject;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;

class WebhookDeliveryTest extends WebhookTestBase {

  private static final String TIMESTAMP = "\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z";
  private static final String HEX_ID = "[0-9a-f]{24}";

  @Test
  void aRecordingLifecycleSendsStartedStoppedAndRecordingSuccessInOrder() {
    String id =
        json(api.post("/recordings/room/" + ROOM + "/start", "{\"meeting_url\":\"https://m.x\"}"))
            .getString("id");
    api.post("/recordings/" + id + "/stop");
    simulator.webhooks().awaitDelivered(RECORDING_SUCCESS, 1, WAIT);

    assertThat(receiver.types()).containsExactly(STARTED, STOPPED, RECORDING_SUCCESS);
    for (WebhookReceiver.Received request : receiver.received()) {
      assertThat(request.headers().getFirst(SECRET_HEADER)).isEqualTo(SECRET_VALUE);
      assertThat(request.headers().getFirst("Content-Type")).isEqualTo("application/json");
      assertThat(request.event().keySet())
          .containsExactly(
              "version", "id", "app_id", "account_id", "template_id", "timestamp", "type", "data");
      assertThat(request.event().getString("version")).isEqualTo("2.0");
      assertThat(request.id()).matches("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-\\w{12}");
      assertThat(request.event().getString("app_id")).matches(HEX_ID);
      assertThat(request.event().getString("account_id")).matches(HEX_ID);
      assertThat(request.event().getString("template_id")).matches(HEX_ID);
      assertThat(request.event().getString("timestamp")).matches(TIMESTAMP);
      assertThat(request.data().getString("recording_id")).isEqualTo(id);
      assertThat(request.data().getString("room_id")).isEqualTo(ROOM);
    }
    SimulatedRecording recording = simulator.recordings().get(0);
    JsonObject started = receiver.first(STARTED).data();
    assertThat(started.getString("session_id")).isEqualTo(recording.sessionId());
    assertThat(started.getString("meeting_url")).isEqualTo("https://m.x");
    assertThat(started.getString("started_at")).matches(TIMESTAMP);
    JsonObject stopped = receiver.first(STOPPED).data();
    assertThat(stopped.getString("stopped_at")).matches(TIMESTAMP);
    assertThat(stopped.getInt("duration")).isEqualTo(1);
    assertThat(stopped.getString("reason")).isEqualTo("client request");
    assertThat(simulator.webhooks().delivered())
        .extracting(DeliveredEvent::id)
        .containsExactlyElementsOf(
            receiver.received().stream().map(WebhookReceiver.Received::id).toList());
  }

  @Test
  void recordingSuccessNamesTheAssetAndAPresignedUrlThatDownloadsIt() throws Exception {
    String id = recordAndWaitForTheAsset(RECORDING_SUCCESS);

    JsonObject data = receiver.first(RECORDING_SUCCESS).data();
    JsonObject asset =
        json(api.get("/recordings/" + id)).getJsonArray("recording_assets").get(0).asJsonObject();
    assertThat(data.getString("recording_path")).isEqualTo(asset.getString("path"));
    assertThat(data.getJsonNumber("size").longValue())
        .isEqualTo(asset.getJsonNumber("size").longValue());
    assertThat(data.getInt("duration")).isEqualTo(asset.getInt("duration"));
    assertThat(data.getString("started_at")).matches(TIMESTAMP);
    assertThat(data.getString("stopped_at")).matches(TIMESTAMP);
    HttpResponse<byte[]> file =
        api.http()
            .send(
                HttpRequest.newBuilder(URI.create(data.getString("recording_presigned_url")))
                    .build(),
                HttpResponse.BodyHandlers.ofByteArray());
    assertThat(file.statusCode()).isEqualTo(200);
    assertThat((long) file.body().length).isEqualTo(data.getJsonNumber("size").longValue());
  }

  @Test
  void theApiAlreadyShowsEachChangeWhenItsWebhookArrives() {
    Map<String, String> statusSeen = new ConcurrentHashMap<>();
    receiver.inspectWith(
        event -> {
          JsonObject recording =
              json(api.get("/recordings/" + event.getJsonObject("data").getString("recording_id")));
          String assets = recording.isNull("recording_assets") ? "" : "+assets";
          statusSeen.put(event.getString("type"), recording.getString("status") + assets);
        });

    String id = api.startRecording();
    simulator.webhooks().awaitDelivered(STARTED, 1, WAIT);
    api.post("/recordings/" + id + "/stop");
    simulator.webhooks().awaitDelivered(RECORDING_SUCCESS, 1, WAIT);

    assertThat(statusSeen)
        .containsEntry(STARTED, "running")
        .containsEntry(RECORDING_SUCCESS, "completed+assets");
  }

  @Test
  void failingAssetsSendBeamFailureInsteadOfRecordingSuccess() {
    simulator.faults().failAssets(true);

    String id = recordAndWaitForTheAsset(FAILURE);

    assertThat(receiver.types()).containsExactly(STARTED, STOPPED, FAILURE);
    JsonObject data = receiver.first(FAILURE).data();
    assertThat(data.getString("recording_id")).isEqualTo(id);
    assertThat(data.getString("error_type")).isEqualTo("UPLOAD_ERROR");
    assertThat(data.getString("error_message")).isEqualTo("upload failed");
    assertThat(json(api.get("/recordings/" + id)).getString("status")).isEqualTo("failed");
  }

  @Test
  void endingTheSessionStopsTheRecordingBecauseTheLastPeerLeft() {
    String id = api.startRecording();

    simulator.endSession(ROOM);

    simulator.webhooks().awaitDelivered(RECORDING_SUCCESS, 1, WAIT);
    assertThat(receiver.types()).containsExactly(STARTED, STOPPED, RECORDING_SUCCESS);
    assertThat(receiver.first(STOPPED).data().getString("reason")).isEqualTo("last peer left");
    assertThat(simulator.runningRecordings(ROOM)).isEmpty();
    assertThat(json(api.get("/recordings/" + id)).getString("status")).isEqualTo("completed");
  }

  @Test
  void aDeliveryAnsweredWithErrorsIsRetriedUntilTheReceiverAccepts() {
    receiver.answerNext(500, 500);

    api.startRecording();

    simulator.webhooks().awaitDelivered(STARTED, 1, WAIT);
    assertThat(simulator.webhooks().attempts())
        .extracting(DeliveredEvent::status)
        .containsExactly(500, 500, 200);
    assertThat(simulator.webhooks().attempts())
        .extracting(DeliveredEvent::id)
        .containsOnly(receiver.received().get(0).id());
    assertThat(simulator.webhooks().delivered()).hasSize(1);
  }

  @Test
  void anUnreachableReceiverIsTriedFourTimesThenGivenUp() throws Exception {
    int closedPort;
    try (ServerSocket socket = new ServerSocket(0)) {
      closedPort = socket.getLocalPort();
    }
    simulator.configureWebhook(
        ACCESS_KEY,
        new WebhookSettings(URI.create("http://127.0.0.1:" + closedPort + "/hooks"), Map.of()));

    api.startRecording();

    await()
        .atMost(WAIT)
        .during(Duration.ofMillis(300))
        .until(() -> simulator.webhooks().attempts().size() == 4);
    assertThat(simulator.webhooks().attempts()).extracting(DeliveredEvent::status).containsOnly(-1);
    assertThat(simulator.webhooks().delivered()).isEmpty();
  }

  @Test
  void anAppWithoutWebhookGetsNothing() {
    simulator.configureWebhook(ACCESS_KEY, null);

    String id = api.startRecording();
    api.post("/recordings/" + id + "/stop");

    await()
        .during(Duration.ofMillis(300))
        .atMost(Duration.ofSeconds(1))
        .until(() -> receiver.received().isEmpty() && simulator.webhooks().attempts().isEmpty());
    assertThat(json(api.get("/recordings/" + id)).getString("status")).isEqualTo("completed");
  }
}
