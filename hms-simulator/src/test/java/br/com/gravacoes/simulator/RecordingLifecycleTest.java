package br.com.gravacoes.simulator;

import static br.com.gravacoes.simulator.ApiClient.ROOM;
import static br.com.gravacoes.simulator.ApiClient.json;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class RecordingLifecycleTest extends ResetSimulatorTestBase {

  private static final String START = "/recordings/room/" + ROOM + "/start";
  private static final String STOP = "/recordings/room/" + ROOM + "/stop";

  @Test
  void startAnswersStartingAndTheRecordingThenRuns() {
    HttpResponse<String> started =
        api.post(START, "{\"meeting_url\":\"https://app.example/preview\"}");

    assertThat(started.statusCode()).isEqualTo(200);
    JsonObject recording = json(started);
    assertThat(recording.getString("id")).matches("[0-9a-f]{24}");
    assertThat(recording.getString("session_id")).matches("[0-9a-f]{24}");
    assertThat(recording.getString("room_id")).isEqualTo(ROOM);
    assertThat(recording.getString("status")).isEqualTo("starting");
    assertThat(recording.getString("meeting_url")).isEqualTo("https://app.example/preview");
    assertThat(recording.getString("destination")).isEmpty();
    assertThat(recording.getJsonArray("asset_types").getString(0)).isEqualTo("room-composite");
    assertThat(recording.isNull("recording_assets")).isTrue();
    assertThat(recording.isNull("stopped_at")).isTrue();
    assertThat(recording.getString("created_at"))
        .matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z");

    JsonObject later = json(api.get("/recordings/" + recording.getString("id")));
    assertThat(later.getString("status")).isEqualTo("running");
    assertThat(simulator.runningRecordings(ROOM))
        .extracting(SimulatedRecording::id)
        .containsExactly(recording.getString("id"));
  }

  @Test
  void eachStartOpensANewSession() {
    String firstSession = json(api.post(START)).getString("session_id");
    api.post(STOP);

    assertThat(json(api.post(START)).getString("session_id")).isNotEqualTo(firstSession);
  }

  @Test
  void aSecondStartInTheSameRoomIsAConflict() {
    api.post(START);

    HttpResponse<String> second = api.post(START);

    assertThat(second.statusCode()).isEqualTo(409);
    assertThat(json(second).getString("message")).isEqualTo("beam already started");
    assertThat(json(second).getInt("code")).isEqualTo(409);
  }

  @Test
  void concurrentStartsOnOneRoomLetExactlyOneThrough() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(20);
    CountDownLatch go = new CountDownLatch(1);
    try {
      List<Future<Integer>> statuses = new ArrayList<>();
      for (int i = 0; i < 20; i++) {
        Callable<Integer> start =
            () -> {
              go.await();
              return api.post(START).statusCode();
            };
        statuses.add(pool.submit(start));
      }
      go.countDown();
      List<Integer> codes = new ArrayList<>();
      for (Future<Integer> status : statuses) {
        codes.add(status.get());
      }

      assertThat(codes).containsOnly(200, 409).filteredOn(code -> code == 200).hasSize(1);
      assertThat(simulator.recordings()).hasSize(1);
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void startInARoomOfAnotherAppIsForbidden() {
    HttpResponse<String> response = api.post("/recordings/room/unknown-room/start");

    assertThat(response.statusCode()).isEqualTo(403);
    assertThat(json(response).getString("message"))
        .isEqualTo("user does not have required permission");
  }

  @Test
  void malformedStartBodyIsABadRequest() {
    HttpResponse<String> response = api.post(START, "{\"meeting_url\":");

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(json(response).getInt("code")).isEqualTo(400);
    assertThat(simulator.recordings()).isEmpty();
  }

  @Test
  void roomStopAnswersTheStoppingRecordingsAsAPage() {
    String id = api.startRecording();

    HttpResponse<String> response = api.post(STOP);

    assertThat(response.statusCode()).isEqualTo(200);
    JsonObject page = json(response);
    assertThat(page.getInt("limit")).isEqualTo(10);
    assertThat(page.getString("last")).isEqualTo(id);
    JsonObject stopped = page.getJsonArray("data").getJsonObject(0);
    assertThat(stopped.getString("id")).isEqualTo(id);
    assertThat(stopped.getString("status")).isEqualTo("stopping");
    assertThat(stopped.getString("stopped_at")).isNotBlank();
    assertThat(simulator.runningRecordings(ROOM)).isEmpty();
  }

  @Test
  void roomStopWithNothingRunningIsBeamNotFound() {
    HttpResponse<String> response = api.post(STOP);

    assertThat(response.statusCode()).isEqualTo(404);
    assertThat(json(response).getString("message")).isEqualTo("beam not found");
  }

  @Test
  void recordingStopStopsThatRecordingOnlyOnce() {
    String id = api.startRecording();

    HttpResponse<String> first = api.post("/recordings/" + id + "/stop");
    HttpResponse<String> second = api.post("/recordings/" + id + "/stop");

    assertThat(first.statusCode()).isEqualTo(200);
    assertThat(json(first).getString("status")).isEqualTo("stopping");
    assertThat(second.statusCode()).isEqualTo(404);
    assertThat(json(second).getString("message")).isEqualTo("beam not found");
  }

  @Test
  void unknownRecordingsAreNotFound() {
    assertThat(json(api.post("/recordings/000000000000000000000000/stop")).getString("message"))
        .isEqualTo("recording not found");
    assertThat(api.get("/recordings/000000000000000000000000").statusCode()).isEqualTo(404);
  }

  @Test
  void activeRoomShowsTheRecordedSession() {
    assertThat(api.get("/active-rooms/" + ROOM).statusCode()).isEqualTo(404);
    String session = json(api.post(START)).getString("session_id");

    JsonObject room = json(api.get("/active-rooms/" + ROOM));

    assertThat(room.getString("session_id")).isEqualTo(session);
    assertThat(room.getJsonObject("peers")).isEmpty();
  }

  @Test
  void unknownPathsAndMethodsAnswerInTheErrorShape() {
    HttpResponse<String> unknown = api.get("/rooms");
    HttpResponse<String> wrongMethod = api.get("/recordings/room/" + ROOM + "/start");

    assertThat(unknown.statusCode()).isEqualTo(404);
    assertThat(json(unknown).getInt("code")).isEqualTo(404);
    assertThat(wrongMethod.statusCode()).isEqualTo(405);
    assertThat(wrongMethod.headers().firstValue("Allow")).hasValue("POST");
    assertThat(json(wrongMethod).getInt("code")).isEqualTo(405);
  }
}
