package br.com.gravacoes.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import br.com.gravacoes.bootstrap.ApiClient.Answer;
import br.com.gravacoes.simulator.SimulatedOperation;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** 100ms failing, slow or down: clear 502s, nothing left recording alone, a circuit that opens. */
class ProviderFailureIT extends DeployedServiceTest {

  @Test
  void when100msFailsToStart_theAnswerIs502AndNoRowIsLeft() {
    hms.faults().failNext(SimulatedOperation.START, 1, 503);

    Answer answer = api.start(room);

    assertError(answer, 502, "Erro ao iniciar gravação");
    assertThat(answer.json().getString("message")).contains("503");
    assertThat(db.recordingsOf(room)).isEmpty();
    assertThat(hms.runningRecordings(room)).isEmpty();
    assertThat(api.start(room).status()).isEqualTo(200);
  }

  @Test
  void when100msHangs_theStartAnswers502_andTheRecordingIsLaterAdoptedNotOrphaned() {
    hms.faults().hangNext(SimulatedOperation.START, 1, Duration.ofSeconds(4));

    Answer answer = api.start(room);

    assertError(answer, 502, "Erro ao iniciar gravação");
    assertThat(answer.json().getString("message"))
        .startsWith("O 100ms não respondeu a tempo")
        .contains("confirmada ou descartada automaticamente");
    await().atMost(Duration.ofSeconds(20)).until(() -> !hms.runningRecordings(room).isEmpty());
    String runningThere = hms.runningRecordings(room).get(0).id();
    await()
        .atMost(Duration.ofSeconds(20))
        .until(() -> runningThere.equals(db.recordingsOf(room).get(0).get("recording_id_100ms")));
    assertThat(db.recordingsOf(room)).hasSize(1);
  }

  @Test
  void when100msKeepsFailing_theCircuitOpensAndStartsFailFast_thenCloses() {
    hms.faults().failNext(SimulatedOperation.START, 11, 503);
    Answer answer = api.start(room);
    for (int calls = 1;
        calls <= 11 && answer.json().getString("message").contains("503");
        calls++) {
      answer = api.start(room);
    }

    assertError(answer, 502, "Erro ao iniciar gravação");
    assertThat(answer.json().getString("message")).contains("suspensas");
    hms.faults().clear();
    await()
        .atMost(Duration.ofSeconds(10))
        .pollInterval(Duration.ofMillis(300))
        .until(() -> api.start(room).status() == 200);
    assertThat(db.recordingsOf(room)).hasSize(1);
    assertThat(hms.runningRecordings(room)).hasSize(1);
  }

  @Test
  void when100msFailsToStop_theAnswerIs502AndTheRecordingStaysActive() {
    api.start(room);
    hms.faults().failNext(SimulatedOperation.STOP_ROOM, 1, 500);

    assertError(api.stop(room), 502, "Erro ao parar gravação");
    assertThat(db.recordingsOf(room).get(0).get("status")).isEqualTo("recording");
    assertThat(api.stop(room).status()).isEqualTo(200);
  }
}
