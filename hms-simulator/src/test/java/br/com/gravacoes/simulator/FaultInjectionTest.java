package br.com.gravacoes.simulator;

import static br.com.gravacoes.simulator.ApiClient.ROOM;
import static br.com.gravacoes.simulator.ApiClient.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class FaultInjectionTest extends ResetSimulatorTestBase {

  private static final String START = "/recordings/room/" + ROOM + "/start";
  private static final String STOP = "/recordings/room/" + ROOM + "/stop";

  @Test
  void failNextAnswersTheStatusThatManyTimesWithoutChangingState() {
    simulator.faults().failNext(SimulatedOperation.START, 2, 503);

    HttpResponse<String> first = api.post(START);
    HttpResponse<String> second = api.post(START);
    HttpResponse<String> third = api.post(START);

    assertThat(first.statusCode()).isEqualTo(503);
    assertThat(json(first).getInt("code")).isEqualTo(503);
    assertThat(json(first).getString("message")).isEqualTo("Service Unavailable");
    assertThat(second.statusCode()).isEqualTo(503);
    assertThat(third.statusCode()).isEqualTo(200);
    assertThat(simulator.recordings()).hasSize(1);
  }

  @Test
  void failNextOnOneOperationLeavesTheOthersAlone() {
    simulator.faults().failNext(SimulatedOperation.STOP_ROOM, 1, 500);

    assertThat(api.post(START).statusCode()).isEqualTo(200);
    assertThat(api.post(STOP).statusCode()).isEqualTo(500);
    assertThat(simulator.runningRecordings(ROOM)).hasSize(1);
    assertThat(api.post(STOP).statusCode()).isEqualTo(200);
  }

  @Test
  void failNextOnAnyHitsWhicheverOperationComesNext() {
    simulator.faults().failNext(SimulatedOperation.ANY, 1, 502);

    assertThat(api.get("/recordings").statusCode()).isEqualTo(502);
    assertThat(api.get("/recordings").statusCode()).isEqualTo(200);
  }

  @Test
  void hangNextMakesTheClientTimeOutOnceThenAnswersNormally() {
    simulator.faults().hangNext(SimulatedOperation.LIST_RECORDINGS, 1, Duration.ofSeconds(3));

    assertThatThrownBy(
            () ->
                api.http()
                    .send(
                        api.request("/recordings")
                            .timeout(Duration.ofMillis(300))
                            .GET()
                            .header("Authorization", "Bearer " + ApiClient.token())
                            .build(),
                        HttpResponse.BodyHandlers.ofString()))
        .isInstanceOf(HttpTimeoutException.class);
    assertThat(api.get("/recordings").statusCode()).isEqualTo(200);
  }

  @Test
  void latencyDelaysEveryAnswer() {
    simulator.faults().latency(SimulatedOperation.GET_RECORDING, Duration.ofMillis(150));
    simulator.faults().latency(SimulatedOperation.ANY, Duration.ofMillis(100));
    String id = api.startRecording();

    long startedAt = System.nanoTime();
    HttpResponse<String> response = api.get("/recordings/" + id);
    Duration took = Duration.ofNanos(System.nanoTime() - startedAt);

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(took).isGreaterThanOrEqualTo(Duration.ofMillis(250));
  }

  @Test
  void clearRemovesEveryFault() {
    simulator.faults().failNext(SimulatedOperation.ANY, 5, 503);
    simulator.faults().failAssets(true);

    simulator.faults().clear();

    assertThat(api.post(START).statusCode()).isEqualTo(200);
    api.post(STOP);
    assertThat(simulator.recordings().get(0).status()).isEqualTo("completed");
  }
}
