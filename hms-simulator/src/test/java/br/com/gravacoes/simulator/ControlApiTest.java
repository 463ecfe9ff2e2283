package br.com.gravacoes.simulator;

import static br.com.gravacoes.simulator.ApiClient.jsonArray;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

class ControlApiTest extends SimulatorTestBase {

  private static final String KEY = "control-app";
  private static final String SECRET = "control-app-secret-0123456789abcdef-0123456789";
  private static final String ROOM = "control-room";

  private static final HttpClient HTTP = HttpClient.newHttpClient();

  @Test
  void registersAnAppAndARoomThenShowsItsRecordings() throws Exception {
    assertThat(
            control(
                    "POST",
                    "/apps",
                    "{\"accessKey\":\"" + KEY + "\",\"appSecret\":\"" + SECRET + "\"}")
                .statusCode())
        .isEqualTo(204);
    assertThat(
            control("POST", "/rooms", "{\"accessKey\":\"" + KEY + "\",\"roomId\":\"" + ROOM + "\"}")
                .statusCode())
        .isEqualTo(204);

    HttpResponse<String> started =
        api.send(
            api.request("/recordings/room/" + ROOM + "/start")
                .POST(HttpRequest.BodyPublishers.noBody())
                .header("Authorization", "Bearer " + Tokens.management(KEY, SECRET)));
    assertThat(started.statusCode()).isEqualTo(200);

    JsonArray recordings = jsonArray(control("GET", "/recordings", null));
    JsonObject recording = recordings.getJsonObject(recordings.size() - 1);
    assertThat(recording.getString("roomId")).isEqualTo(ROOM);
    assertThat(recording.getString("status")).isEqualTo("running");
    assertThat(recording.isNull("stoppedAt")).isTrue();

    assertThat(control("POST", "/reset", null).statusCode()).isEqualTo(204);
    assertThat(jsonArray(control("GET", "/recordings", null))).isEmpty();
  }

  @Test
  void configuresAndClearsFaults() throws Exception {
    assertThat(
            control(
                    "POST",
                    "/faults",
                    "{\"operation\":\"LIST_RECORDINGS\",\"failNext\":1,\"status\":503}")
                .statusCode())
        .isEqualTo(204);
    assertThat(api.get("/recordings").statusCode()).isEqualTo(503);

    control("POST", "/faults", "{\"operation\":\"ANY\",\"failNext\":3}");
    assertThat(control("DELETE", "/faults", null).statusCode()).isEqualTo(204);
    assertThat(api.get("/recordings").statusCode()).isEqualTo(200);

    assertThat(control("POST", "/faults", "{\"failAssets\":true}").statusCode()).isEqualTo(204);
    assertThat(simulator.faults().assetsFail()).isTrue();
    assertThat(
            control("POST", "/faults", "{\"operation\":\"START\",\"latencyMs\":100}").statusCode())
        .isEqualTo(204);
    assertThat(
            control("POST", "/faults", "{\"operation\":\"ANY\",\"hangNext\":1,\"hangMs\":10}")
                .statusCode())
        .isEqualTo(204);
    control("DELETE", "/faults", null);
    assertThat(simulator.faults().assetsFail()).isFalse();
  }

  @Test
  void rejectsInvalidFaultsAndUnknownCalls() throws Exception {
    assertThat(control("POST", "/faults", "{\"operation\":\"NOPE\",\"latencyMs\":1}").statusCode())
        .isEqualTo(400);
    assertThat(control("POST", "/faults", "{}").statusCode()).isEqualTo(400);
    assertThat(control("POST", "/apps", "{\"accessKey\":\"k\"}").statusCode()).isEqualTo(400);
    assertThat(control("GET", "/apps", null).statusCode()).isEqualTo(405);
    assertThat(control("GET", "/nothing-here", null).statusCode()).isEqualTo(404);
  }

  private static HttpResponse<String> control(String method, String path, String body) {
    return new ControlClient(simulator).call(method, path, body);
  }
}
