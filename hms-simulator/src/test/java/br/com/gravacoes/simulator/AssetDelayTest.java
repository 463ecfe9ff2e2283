package br.com.gravacoes.simulator;

import static br.com.gravacoes.simulator.ApiClient.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class AssetDelayTest {

  private static HmsSimulator simulator;
  private static ApiClient api;

  @BeforeAll
  static void start() {
    simulator =
        HmsSimulator.start(SimulatorSettings.defaults().withAssetDelay(Duration.ofSeconds(2)));
    api = new ApiClient(simulator);
  }

  @AfterAll
  static void stop() {
    simulator.close();
  }

  @Test
  void aStoppedRecordingPostProcessesUntilTheAssetDelayHasPassed() {
    String id = api.startRecording();
    api.post("/recordings/" + id + "/stop");

    assertThat(json(api.get("/recordings/" + id)).getString("status")).isEqualTo("post_processing");
    assertThat(json(api.get("/recordings/" + id)).isNull("recording_assets")).isTrue();
    assertThat(simulator.recordings().get(0).assetId()).isNull();

    await()
        .atMost(Duration.ofSeconds(4))
        .pollInterval(Duration.ofMillis(100))
        .untilAsserted(
            () ->
                assertThat(json(api.get("/recordings/" + id)).getString("status"))
                    .isEqualTo("completed"));
    assertThat(json(api.get("/recordings/" + id)).getJsonArray("recording_assets")).hasSize(1);
  }
}
