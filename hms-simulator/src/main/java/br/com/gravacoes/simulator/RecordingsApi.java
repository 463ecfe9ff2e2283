package br.com.gravacoes.simulator;

import static br.com.gravacoes.simulator.Exchanges.JSON;
import static br.com.gravacoes.simulator.SimulatedOperation.ANY;
import static br.com.gravacoes.simulator.SimulatedOperation.GET_RECORDING;
import static br.com.gravacoes.simulator.SimulatedOperation.LIST_RECORDINGS;
import static br.com.gravacoes.simulator.SimulatedOperation.START;
import static br.com.gravacoes.simulator.SimulatedOperation.STOP_RECORDING;
import static br.com.gravacoes.simulator.SimulatedOperation.STOP_ROOM;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.util.List;

/** The recording endpoints: start, stop, get, list, and the active-room check. */
final class RecordingsApi {

  private static final String ID = "([^/]+)";

  /** 100ms answers a room stop as a page of this size. */
  private static final int STOP_PAGE_LIMIT = 10;

  private static final int MIN_LIMIT = 10;
  private static final int MAX_LIMIT = 100;

  private final SimulatorState state;
  private final RecordingJson json;

  RecordingsApi(SimulatorState state, RecordingJson json) {
    this.state = state;
    this.json = json;
  }

  List<Route> routes() {
    return List.of(
        Route.post("/v2/recordings/room/" + ID + "/start", START, this::start),
        Route.post("/v2/recordings/room/" + ID + "/stop", STOP_ROOM, this::stopRoom),
        Route.post("/v2/recordings/" + ID + "/stop", STOP_RECORDING, this::stopRecording),
        Route.get("/v2/recordings/" + ID, GET_RECORDING, this::recording),
        Route.get("/v2/recordings", LIST_RECORDINGS, this::list),
        Route.get("/v2/active-rooms/" + ID, ANY, this::activeRoom));
  }

  private JsonObject start(ApiCall call) throws ApiException, IOException {
    String roomId = ownedRoom(call);
    String meetingUrl = call.body().getString("meeting_url", "");
    return json.started(state.start(call.accessKey(), roomId, meetingUrl));
  }

  private JsonObject stopRoom(ApiCall call) throws ApiException {
    List<RecordingEntry> stopped = state.stopRoom(call.accessKey(), ownedRoom(call));
    List<JsonObject> data = stopped.stream().map(json::stopping).toList();
    return json.page(data, STOP_PAGE_LIMIT, stopped.get(stopped.size() - 1).id());
  }

  private JsonObject stopRecording(ApiCall call) throws ApiException {
    return json.stopping(state.stopRecording(call.accessKey(), call.pathParam(1)));
  }

  private JsonObject recording(ApiCall call) throws ApiException {
    RecordingEntry entry =
        state
            .recording(call.accessKey(), call.pathParam(1))
            .orElseThrow(() -> ApiException.notFound("recording not found"));
    return json.current(entry, call.now());
  }

  private JsonObject list(ApiCall call) throws ApiException {
    RecordingQuery query =
        new RecordingQuery(
            call.query("room_id"),
            call.query("session_id"),
            call.query("status"),
            limit(call),
            call.query("start"));
    RecordingPage page = state.list(call.accessKey(), query, call.now());
    List<JsonObject> data =
        page.data().stream().map(entry -> json.listed(entry, call.now())).toList();
    return json.page(data, query.limit(), page.last());
  }

  private JsonObject activeRoom(ApiCall call) throws ApiException {
    String roomId = ownedRoom(call);
    RecordingEntry running =
        state
            .runningIn(call.accessKey(), roomId)
            .orElseThrow(() -> ApiException.notFound("room not active"));
    return JSON.createObjectBuilder()
        .add("room_id", roomId)
        .add("session_id", running.sessionId())
        .add("peers", JSON.createObjectBuilder())
        .build();
  }

  private String ownedRoom(ApiCall call) throws ApiException {
    String roomId = call.pathParam(1);
    if (!state.ownsRoom(call.accessKey(), roomId)) {
      throw ApiException.forbidden(roomId);
    }
    return roomId;
  }

  private static int limit(ApiCall call) throws ApiException {
    String raw = call.query("limit");
    if (raw == null) {
      return MIN_LIMIT;
    }
    try {
      return Math.max(MIN_LIMIT, Math.min(MAX_LIMIT, Integer.parseInt(raw)));
    } catch (NumberFormatException e) {
      throw ApiException.badRequest("limit must be a number");
    }
  }
}
