package br.com.gravacoes.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import br.com.gravacoes.bootstrap.ApiClient.Answer;
import br.com.gravacoes.simulator.SimulatedOperation;
import br.com.gravacoes.simulator.WebhookSettings;
import jakarta.json.JsonObject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * From stop to a video that plays, with nobody watching: 100ms webhooks (delivered by the simulator
 * over HTTP), the reconciler, the library and playback, on Payara Micro.
 */
class RecordingLifecycleIT extends DeployedServiceTest {

  private static final String SECRET_HEADER = "X-Gravacoes-Webhook-Secret";
  private static final String SECRET = "it-webhook-secret";

  @BeforeEach
  void its100msSendsWebhooks() {
    hms.configureWebhook(
        Fixtures.ACCESS_KEY,
        new WebhookSettings(
            URI.create(base + "api/100ms/webhooks"), Map.of(SECRET_HEADER, SECRET)));
  }

  @AfterEach
  void webhooksOff() {
    hms.configureWebhook(Fixtures.ACCESS_KEY, null);
  }

  private String status() {
    return (String) db.recordingsOf(room).get(0).get("status");
  }

  @Test
  void aRecordingCompletesByWebhookAlone() {
    api.start(room);
    // 100ms's API is down for us: only the webhook can complete the recording.
    hms.faults().failNext(SimulatedOperation.GET_RECORDING, 1_000, 503);

    // The stop cannot see the video (GET fails); only the webhook can bring it.
    assertThat(api.stop(room).json().getString("status")).isIn("processing", "completed");

    await().atMost(Duration.ofSeconds(15)).until(() -> "completed".equals(status()));
    Map<String, Object> row = db.recordingsOf(room).get(0);
    assertThat((String) row.get("file_url")).startsWith("http");
    assertThat((Integer) row.get("duration")).isPositive();
    assertThat((Long) row.get("file_size")).isPositive();
    // The 503s opened the circuit of that call: once 100ms answers again, a refresh learns the
    // asset id the webhook did not carry (and closes the circuit for the next tests).
    hms.faults().clear();
    String id = row.get("id").toString();
    await()
        .atMost(Duration.ofSeconds(10))
        .pollInterval(Duration.ofMillis(300))
        .until(
            () -> api.send("api/gravacoes/" + id + "/refresh", "POST", null, "").status() == 200);
    assertThat(db.recordingsOf(room).get(0).get("asset_id")).isNotNull();
  }

  @Test
  void aRecordingCompletesByTheReconcilerAlone_whenWebhooksAreLost() {
    hms.faults().dropWebhooks(true);
    api.start(room);
    hms.faults().failNext(SimulatedOperation.GET_RECORDING, 3, 503);

    assertThat(api.stop(room).json().getString("status")).isEqualTo("processing");

    await().atMost(Duration.ofSeconds(15)).until(() -> "completed".equals(status()));
    assertThat(db.recordingsOf(room).get(0).get("asset_id")).isNotNull();
    assertThat(hms.webhooks().delivered()).noneMatch(event -> room.equals(event.roomId()));
  }

  @Test
  void forgedDuplicateLateAndUnknownWebhooksChangeNothingTheyShouldNot() throws Exception {
    api.start(room);
    String failure =
        "{\"id\":\"evt-"
            + room
            + "\",\"type\":\"beam.failure\",\"data\":{\"error_type\":\"UPLOAD_ERROR\","
            + "\"recording_id\":\""
            + db.recordingsOf(room).get(0).get("recording_id_100ms")
            + "\"}}";

    assertThat(postWebhook(failure, "wrong-secret").statusCode()).isEqualTo(401);
    assertThat(postWebhook(failure, null).statusCode()).isEqualTo(401);
    assertThat(status()).isEqualTo("recording");

    api.stop(room);
    await().atMost(Duration.ofSeconds(15)).until(() -> "completed".equals(status()));
    JsonObject completed = recordingOf(room);

    HttpResponse<String> late = postWebhook(failure, SECRET);
    HttpResponse<String> again = postWebhook(failure, SECRET);

    assertThat(late.statusCode()).isEqualTo(200);
    assertThat(late.body()).contains("IGNORED");
    assertThat(again.body()).contains("DUPLICATE");
    assertThat(postWebhook("{\"id\":", SECRET).statusCode()).isEqualTo(400);
    assertThat(
            postWebhook(
                    "{\"id\":\"evt-x-"
                        + room
                        + "\",\"type\":\"beam.failure\","
                        + "\"data\":{\"recording_id\":\"nao-existe\"}}",
                    SECRET)
                .statusCode())
        .isEqualTo(202);
    assertThat(recordingOf(room)).isEqualTo(completed);
  }

  @Test
  void whenTheVideoCannotBeProduced_theRecordingEndsFailedWithTheErrorType() {
    hms.faults().failAssets(true);
    api.start(room);
    api.stop(room);

    await().atMost(Duration.ofSeconds(15)).until(() -> "failed".equals(status()));
    assertThat(recordingOf(room).getJsonObject("metadata").getString("error_type")).isNotBlank();
    assertThat(
            api.send(
                    "api/gravacoes/" + recordingOf(room).getString("id") + "/playback",
                    "GET",
                    null,
                    null)
                .json()
                .getString("error"))
        .isEqualTo("A gravação falhou e não tem vídeo");
  }

  @Test
  void outOfOrderAndReplayedDeliveriesLeaveTheRecordingCompleted() {
    hms.faults().reverseWebhookOrder(true);
    api.start(room);
    hms.faults().failNext(SimulatedOperation.GET_RECORDING, 3, 503);
    api.stop(room);

    await().atMost(Duration.ofSeconds(15)).until(() -> "completed".equals(status()));
    hms.webhooks().awaitDelivered("beam.started.success", 1, Duration.ofSeconds(15));
    JsonObject completed = recordingOf(room);
    String firstEvent =
        hms.webhooks().delivered().stream()
            .filter(event -> room.equals(event.roomId()))
            .findFirst()
            .orElseThrow()
            .id();

    hms.faults().replayWebhook(firstEvent);

    await()
        .pollDelay(Duration.ofMillis(500))
        .atMost(Duration.ofSeconds(5))
        .until(
            () ->
                hms.webhooks().delivered().stream().filter(e -> e.id().equals(firstEvent)).count()
                    == 2);
    assertThat(recordingOf(room)).isEqualTo(completed);
  }

  @Test
  void playbackGivesAFreshUrlThe100msStorageServes_evenAfterTransientErrors() throws Exception {
    startStopAndAwaitCompletion();
    String id = recordingOf(room).getString("id");
    hms.faults().failNext(SimulatedOperation.PRESIGNED_URL, 2, 503);

    Answer playback = api.send("api/gravacoes/" + id + "/playback", "GET", null, null);

    assertThat(playback.status()).isEqualTo(200);
    String url = playback.json().getString("url");
    HttpResponse<byte[]> video =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create(url)).build(),
                HttpResponse.BodyHandlers.ofByteArray());
    assertThat(video.statusCode()).isEqualTo(200);
    assertThat(video.headers().firstValue("Content-Type")).contains("video/mp4");
    assertThat(db.recordingsOf(room).get(0).get("file_url")).isEqualTo(url);
  }

  @Test
  void theLibraryListsReadsAndRefreshes() {
    startStopAndAwaitCompletion();
    String id = recordingOf(room).getString("id");

    Answer listed = api.send("api/gravacoes?status=completed&limite=100", "GET", null, null);
    // Earlier tests' injected 503s may still hold a circuit open for a second.
    Answer refreshed =
        await()
            .atMost(Duration.ofSeconds(10))
            .pollInterval(Duration.ofMillis(300))
            .until(
                () -> api.send("api/gravacoes/" + id + "/refresh", "POST", "application/json", ""),
                answer -> answer.status() == 200);

    assertThat(listed.status()).isEqualTo(200);
    assertThat(listed.json().getJsonArray("items").getValuesAs(JsonObject.class))
        .anySatisfy(item -> assertThat(item.getString("id")).isEqualTo(id));
    assertThat(refreshed.status()).as(refreshed.body()).isEqualTo(200);
    assertThat(refreshed.json().getJsonObject("recording").getString("status"))
        .isEqualTo("completed");
    assertThat(api.send("api/gravacoes/" + UUID.randomUUID(), "GET", null, null).status())
        .isEqualTo(404);
    assertThat(api.send("api/gravacoes/nao-e-uuid", "GET", null, null).json().getString("error"))
        .isEqualTo("id de gravação inválido");
    assertThat(api.send("api/gravacoes?status=gravando", "GET", null, null).status())
        .isEqualTo(400);
  }

  private void startStopAndAwaitCompletion() {
    api.start(room);
    api.stop(room);
    await().atMost(Duration.ofSeconds(15)).until(() -> "completed".equals(status()));
  }

  private JsonObject recordingOf(String roomId) {
    String id = db.recordingsOf(roomId).get(0).get("id").toString();
    return api.send("api/gravacoes/" + id, "GET", null, null).json();
  }

  private HttpResponse<String> postWebhook(String body, String secret) throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(base + "api/100ms/webhooks"))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body));
    if (secret != null) {
      request.header(SECRET_HEADER, secret);
    }
    return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
  }
}
