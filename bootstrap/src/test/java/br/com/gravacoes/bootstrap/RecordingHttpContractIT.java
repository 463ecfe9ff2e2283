package br.com.gravacoes.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import br.com.gravacoes.bootstrap.ApiClient.Answer;
import jakarta.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;

/**
 * The seed's HTTP contract, end to end: the built WAR on Payara Micro, a real PostgreSQL, and the
 * 100ms simulator on loopback verifying every token.
 */
class RecordingHttpContractIT extends DeployedServiceTest {

  @Test
  void startThenStop_recordsInPostgresAnd100ms_withTheSeedsResponses() {
    Answer started = api.start(room);

    assertThat(started.status()).isEqualTo(200);
    assertThat(started.contentType()).startsWith("application/json");
    JsonObject body = started.json();
    assertThat(body.getBoolean("success")).isTrue();
    JsonObject recording = body.getJsonObject("recording");
    assertThat(recording.keySet())
        .contains(
            "id",
            "reuniaoId",
            "tenantId",
            "roomId100ms",
            "sessionId100ms",
            "recordingId100ms",
            "assetId",
            "status",
            "startedAt",
            "stoppedAt",
            "duration",
            "fileUrl",
            "fileSize",
            "thumbnailUrl",
            "metadata",
            "createdAt",
            "updatedAt");
    assertThat(recording.getString("status")).isEqualTo("recording");
    assertThat(recording.getString("roomId100ms")).isEqualTo(room);
    String hmsId = body.getString("recordingId");
    assertThat(recording.getString("recordingId100ms")).isEqualTo(hmsId);
    assertThat(body.getJsonObject("hmsResult").getString("id")).isEqualTo(hmsId);
    assertThat(hms.runningRecordings(room)).extracting(r -> r.id()).containsExactly(hmsId);
    assertThat(db.recordingsOf(room))
        .singleElement()
        .satisfies(
            row -> {
              assertThat(row.get("status")).isEqualTo("recording");
              assertThat(row.get("recording_id_100ms")).isEqualTo(hmsId);
              assertThat(row.get("session_id_100ms")).isNotNull();
              assertThat(row.get("started_at")).isNotNull();
            });

    Answer stopped = api.stop(room);

    assertThat(stopped.status()).isEqualTo(200);
    assertThat(stopped.json().getBoolean("success")).isTrue();
    assertThat(stopped.json().getString("status")).isEqualTo("completed");
    assertThat(stopped.json().getJsonObject("hmsResult").getJsonArray("data")).hasSize(1);
    assertThat(hms.runningRecordings(room)).isEmpty();
    Map<String, Object> row = db.recordingsOf(room).get(0);
    assertThat(row.get("status")).isEqualTo("completed");
    assertThat(row.get("asset_id")).isNotNull();
    assertThat((Integer) row.get("duration")).isPositive();
    assertThat((Long) row.get("file_size")).isPositive();
    assertThat((String) row.get("file_url")).startsWith("http");
    assertThat(row.get("stopped_at")).isNotNull();
  }

  @Test
  void aSecondStart_isAConflictCarryingTheCurrentRecording() {
    String id = api.start(room).json().getJsonObject("recording").getString("id");

    Answer again = api.start(room);

    assertThat(again.status()).isEqualTo(409);
    assertThat(again.json().getString("error"))
        .isEqualTo("Já existe uma gravação em andamento nesta reunião");
    assertThat(again.json().getJsonObject("recording").getString("id")).isEqualTo(id);
    assertThat(db.recordingsOf(room)).hasSize(1);
  }

  @Test
  void twentyConcurrentStarts_yieldExactlyOneRecording() throws Exception {
    int clients = 20;
    ExecutorService pool = Executors.newFixedThreadPool(clients);
    CountDownLatch go = new CountDownLatch(1);
    List<CompletableFuture<Answer>> answers = new ArrayList<>();
    for (int i = 0; i < clients; i++) {
      answers.add(
          CompletableFuture.supplyAsync(
              () -> {
                awaitQuietly(go);
                return api.start(room);
              },
              pool));
    }
    go.countDown();
    List<Integer> statuses =
        answers.stream().map(CompletableFuture::join).map(Answer::status).toList();
    pool.shutdown();

    assertThat(statuses).filteredOn(s -> s == 200).hasSize(1);
    assertThat(statuses).filteredOn(s -> s == 409).hasSize(clients - 1);
    assertThat(db.recordingsOf(room)).hasSize(1);
    assertThat(hms.runningRecordings(room)).hasSize(1);
    assertThat(hms.recordings()).filteredOn(r -> r.roomId().equals(room)).hasSize(1);
  }

  @Test
  void when100msAlreadyRecordsTheRoom_theStartAdoptsThatRecording() throws Exception {
    assertThat(
            OutsideStart.startAt100ms(hms.apiBaseUrl(), Fixtures.ACCESS_KEY, Fixtures.SECRET, room))
        .isEqualTo(200);
    String runningThere = hms.runningRecordings(room).get(0).id();

    Answer started = api.start(room);

    assertThat(started.status()).isEqualTo(200);
    assertThat(started.json().getString("recordingId")).isEqualTo(runningThere);
    assertThat(db.recordingsOf(room))
        .singleElement()
        .satisfies(row -> assertThat(row.get("recording_id_100ms")).isEqualTo(runningThere));
    assertThat(hms.runningRecordings(room)).hasSize(1);
  }

  @Test
  void stoppingWithNothingRecording_isAConflict() {
    Answer answer = api.stop(room);

    assertThat(answer.status()).isEqualTo(409);
    assertThat(answer.json().getString("error"))
        .isEqualTo("Nenhuma gravação em andamento nesta reunião");
  }

  @Test
  void badRequests_getTheSeedsPortugueseErrors() {
    assertError(api.post("api/100ms/recording/start", "{}"), 400, "roomId é obrigatório");
    assertError(
        api.post("api/100ms/recording/start", "{\"roomId\":\"  \"}"), 400, "roomId é obrigatório");
    assertError(api.post("api/100ms/recording/stop", ""), 400, "roomId é obrigatório");
    assertError(
        api.post("api/100ms/recording/start", "{\"roomId\":"),
        400,
        "JSON inválido no corpo da requisição");
    assertError(
        api.post("api/100ms/recording/start", "{\"roomId\":12}"), 400, "roomId deve ser um texto");
    assertError(
        api.post("api/100ms/recording/start", "[1,2]"),
        400,
        "O corpo da requisição deve ser um objeto JSON");
    assertError(
        api.post("api/100ms/recording/start", "{\"roomId\":\"../../x\"}"),
        400,
        "roomId inválido: use até 128 letras, números, '_' ou '-'");
    assertError(api.start("sala-que-nao-existe"), 404, "Reunião não encontrada");
    assertError(
        api.send("api/100ms/recording/start", "POST", "text/plain", "roomId=x"),
        415,
        "Envie o corpo como application/json");
    assertError(
        api.send("api/100ms/recording/start", "GET", null, null),
        405,
        "Método não permitido para este recurso");
    assertError(api.send("api/nada-aqui", "GET", null, null), 404, "Recurso não encontrado");
    assertThat(db.recordingsOf(room)).isEmpty();
  }

  @Test
  void aTenantWithoutCredentials_isTold() {
    String bare = room + "-sem";
    db.meeting("tenant_sem_credenciais", bare);

    assertError(
        api.asAdminOf("tenant_sem_credenciais").start(bare),
        400,
        "Credenciais do 100ms não configuradas");
    assertThat(db.recordingsOf(bare)).isEmpty();
  }

  private static void awaitQuietly(CountDownLatch latch) {
    try {
      latch.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
