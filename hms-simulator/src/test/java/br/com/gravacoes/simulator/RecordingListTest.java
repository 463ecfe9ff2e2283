package br.com.gravacoes.simulator;

import static br.com.gravacoes.simulator.ApiClient.OTHER_ROOM;
import static br.com.gravacoes.simulator.ApiClient.ROOM;
import static br.com.gravacoes.simulator.ApiClient.json;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class RecordingListTest extends ResetSimulatorTestBase {

  @Test
  void listsNewestFirstWithoutAssets() {
    List<String> started = recordInRoom(ROOM, 3);

    JsonObject page = json(api.get("/recordings"));

    assertThat(ids(page)).containsExactlyElementsOf(newestFirst(started));
    assertThat(page.getInt("limit")).isEqualTo(10);
    assertThat(page.isNull("last")).isTrue();
    assertThat(page.getJsonArray("data").getJsonObject(0).isNull("recording_assets")).isTrue();
  }

  @Test
  void filtersByRoomSessionAndStatus() {
    List<String> inRoom = recordInRoom(ROOM, 2);
    JsonObject running = json(api.post("/recordings/room/" + OTHER_ROOM + "/start"));

    assertThat(ids(json(api.get("/recordings?room_id=" + ROOM))))
        .containsExactlyInAnyOrderElementsOf(inRoom);
    assertThat(ids(json(api.get("/recordings?status=running"))))
        .containsExactly(running.getString("id"));
    assertThat(ids(json(api.get("/recordings?status=completed&room_id=" + OTHER_ROOM)))).isEmpty();
    assertThat(ids(json(api.get("/recordings?session_id=" + running.getString("session_id")))))
        .containsExactly(running.getString("id"));
    assertThat(ids(json(api.get("/recordings?room_id=a-room-nobody-added")))).isEmpty();
  }

  @Test
  void pagesWithStartAtTheLastIdOfThePreviousPage() {
    List<String> started = recordInRoom(ROOM, 23);
    List<String> seen = new ArrayList<>();

    JsonObject first = json(api.get("/recordings?limit=10"));
    seen.addAll(ids(first));
    JsonObject second = json(api.get("/recordings?limit=10&start=" + first.getString("last")));
    seen.addAll(ids(second));
    JsonObject third = json(api.get("/recordings?limit=10&start=" + second.getString("last")));
    seen.addAll(ids(third));

    assertThat(ids(first)).hasSize(10);
    assertThat(ids(third)).hasSize(3);
    assertThat(third.isNull("last")).isTrue();
    assertThat(seen).containsExactlyElementsOf(newestFirst(started));
  }

  @Test
  void clampsTheLimitBetweenTenAndAHundred() {
    assertThat(json(api.get("/recordings?limit=2")).getInt("limit")).isEqualTo(10);
    assertThat(json(api.get("/recordings?limit=500")).getInt("limit")).isEqualTo(100);
    assertThat(api.get("/recordings?limit=many").statusCode()).isEqualTo(400);
  }

  private static List<String> recordInRoom(String room, int count) {
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      ids.add(json(api.post("/recordings/room/" + room + "/start")).getString("id"));
      api.post("/recordings/room/" + room + "/stop");
    }
    return ids;
  }

  private static List<String> newestFirst(List<String> startOrder) {
    List<String> reversed = new ArrayList<>(startOrder);
    Collections.reverse(reversed);
    return reversed;
  }

  private static List<String> ids(JsonObject page) {
    return page.getJsonArray("data").stream()
        .map(JsonValue::asJsonObject)
        .map(recording -> recording.getString("id"))
        .toList();
  }
}
