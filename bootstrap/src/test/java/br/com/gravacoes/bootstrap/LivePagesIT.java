package br.com.gravacoes.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import br.com.gravacoes.bootstrap.ApiClient.Answer;
import br.com.gravacoes.bootstrap.EventStreamReader.Event;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The server side of the live pages on the deployed service: meetings with their recording state,
 * the recording event stream (bearer and cookie, tenant isolation, within 2 s of a start), the demo
 * sign-in outside demo mode, and CORS for the drop-in button on another site.
 */
class LivePagesIT extends DeployedServiceTest {

  /** Allowed by arquillian.xml's gravacoes.cors.allowed-origins. */
  static final String PARTNER = "http://parceiro.example:8443";

  static final String OTHER_TENANT = "ao_vivo_b";

  private static boolean warm;

  /**
   * The first start in a fresh JVM can outlast the 1.5 s 100ms timeout of these suites (class
   * loading, the Rest Client's first use): one start and stop first, so the timed tests time the
   * service, not its boot.
   */
  @BeforeEach
  void warmUpOnce() throws InterruptedException {
    // A start that timed out leaves a claim the reconciler resolves within seconds (409 meanwhile).
    for (int attempt = 0; !warm && attempt < 12; attempt++) {
      warm = api.start(room).status() == 200;
      if (warm) {
        assertThat(api.stop(room).status()).isEqualTo(200);
      } else {
        Thread.sleep(2_000);
      }
    }
  }

  @Test
  void meetings_sayWhetherTheyRecord_andAnotherTenantsRoomIsNotFound() {
    Answer idle = api.send("api/reunioes/" + room, "GET", null, null);
    assertThat(idle.status()).as(idle.body()).isEqualTo(200);
    assertThat(idle.json().getString("roomId")).isEqualTo(room);
    assertThat(idle.json().getString("titulo")).isEqualTo("IT");
    assertThat(idle.json().getString("id")).hasSize(36);
    assertThat(idle.json().getBoolean("gravando")).isFalse();
    assertThat(idle.json().get("gravacao")).isEqualTo(JsonValue.NULL);

    Answer started = api.start(room);
    assertThat(started.status()).as(started.body()).isEqualTo(200);
    String recordingId = started.json().getJsonObject("recording").getString("id");

    JsonObject recording = api.send("api/reunioes/" + room, "GET", null, null).json();
    assertThat(recording.getBoolean("gravando")).isTrue();
    assertThat(recording.getJsonObject("gravacao").getString("id")).isEqualTo(recordingId);
    assertThat(recording.getJsonObject("gravacao").getString("status")).isEqualTo("recording");
    Answer list = api.send("api/reunioes", "GET", null, null);
    assertThat(list.status()).isEqualTo(200);
    assertThat(list.json().getJsonArray("items").getValuesAs(JsonObject.class))
        .filteredOn(meeting -> meeting.getString("roomId").equals(room))
        .singleElement()
        .satisfies(meeting -> assertThat(meeting.getBoolean("gravando")).isTrue());

    ApiClient stranger = api.asAdminOf(OTHER_TENANT);
    assertError(
        stranger.send("api/reunioes/" + room, "GET", null, null), 404, "Reunião não encontrada");
    assertThat(stranger.send("api/reunioes", "GET", null, null).json().getJsonArray("items"))
        .noneMatch(meeting -> meeting.asJsonObject().getString("roomId").equals(room));
    assertThat(api.send("api/reunioes/sala%20errada", "GET", null, null).status()).isEqualTo(400);
    api.stop(room);
  }

  @Test
  void eventStream_sendsTheRecordingWithinTwoSecondsOfAStart_toItsTenantOnly() throws Exception {
    try (EventStreamReader byRoom = open("?roomId=" + room, "Authorization", bearer());
        EventStreamReader byCookie = open("", "Cookie", "gravacoes_token=" + token());
        EventStreamReader stranger =
            open("", "Authorization", "Bearer " + ItTokens.admin(OTHER_TENANT))) {
      for (EventStreamReader stream : new EventStreamReader[] {byRoom, byCookie, stranger}) {
        assertThat(stream.status()).isEqualTo(200);
        assertThat(stream.header("Content-Type")).startsWith("text/event-stream");
        assertThat(stream.next(5_000)).isEqualTo(new Event("pronto", "{}"));
      }

      Answer started = api.start(room);
      long startedAt = System.currentTimeMillis();
      assertThat(started.status()).as(started.body()).isEqualTo(200);
      String id = started.json().getJsonObject("recording").getString("id");

      for (EventStreamReader stream : new EventStreamReader[] {byRoom, byCookie}) {
        JsonObject confirmed = confirmedRecording(stream, id, startedAt + 2_000);
        Answer current = api.send("api/gravacoes/" + id, "GET", null, null);
        assertThat(confirmed).isEqualTo(current.json());
      }
      assertThat(stranger.next("gravacao", 500)).isNull();
    } finally {
      api.stop(room);
    }
  }

  @Test
  void eventStream_refusesWithoutTokenAndWithABadRoom_inJson() throws Exception {
    try (EventStreamReader anonymous = open("")) {
      assertThat(anonymous.status()).isEqualTo(401);
      assertThat(anonymous.header("Content-Type")).startsWith("application/json");
    }
    Answer badRoom = api.send("api/gravacoes/eventos?roomId=sala%20errada", "GET", null, null);
    assertThat(badRoom.status()).as(badRoom.body()).isEqualTo(400);
    assertThat(badRoom.json().getString("error")).startsWith("roomId inválido");
  }

  @Test
  void demoSignIn_isUnavailableOutsideDemoMode() {
    ApiClient anonymous = api.withToken(null);

    Answer availability = anonymous.send("api/sessao/demo", "GET", null, null);
    assertThat(availability.status()).as(availability.body()).isEqualTo(200);
    assertThat(availability.json().getBoolean("disponivel")).isFalse();
    HttpResponse<String> signIn =
        anonymous.exchange("POST", "api/sessao/demo", null, "Origin", base.toString());
    assertThat(signIn.statusCode()).isEqualTo(404);
    assertThat(signIn.headers().firstValue("Set-Cookie")).isEmpty();
    assertThat(read(signIn.body()).getString("error"))
        .isEqualTo("Entrada de demonstração indisponível");
  }

  @Test
  void cors_answersThePartnersPreflightWithoutToken_andMarksItsAnswersReadable() {
    HttpResponse<String> preflight =
        api.withToken(null)
            .exchange(
                "OPTIONS",
                "api/reunioes/" + room,
                null,
                "Origin",
                PARTNER,
                "Access-Control-Request-Method",
                "GET",
                "Access-Control-Request-Headers",
                "authorization");
    assertThat(preflight.statusCode()).isEqualTo(204);
    assertThat(preflight.headers().firstValue("Access-Control-Allow-Origin")).contains(PARTNER);
    assertThat(preflight.headers().firstValue("Access-Control-Allow-Methods"))
        .contains("GET, POST");
    assertThat(preflight.headers().firstValue("Access-Control-Allow-Headers"))
        .contains("Authorization, Content-Type");

    HttpResponse<String> answer =
        api.exchange(
            "GET", "api/reunioes/" + room, null, "Origin", PARTNER, "Authorization", bearer());
    assertThat(answer.statusCode()).isEqualTo(200);
    assertThat(answer.headers().firstValue("Access-Control-Allow-Origin")).contains(PARTNER);
    assertThat(answer.headers().allValues("Vary")).anyMatch(vary -> vary.contains("Origin"));

    HttpResponse<String> stranger =
        api.exchange(
            "OPTIONS",
            "api/reunioes/" + room,
            null,
            "Origin",
            "http://intruso.example",
            "Access-Control-Request-Method",
            "GET");
    assertThat(stranger.statusCode()).isEqualTo(403);
    assertThat(stranger.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
    assertThat(read(stranger.body()).getString("error"))
        .isEqualTo("Origem da requisição não permitida");
  }

  /** Waits for the event that shows the start confirmed by 100ms (the claim comes first). */
  private static JsonObject confirmedRecording(EventStreamReader stream, String id, long deadline)
      throws InterruptedException {
    while (true) {
      long left = deadline - System.currentTimeMillis();
      Event event = left <= 0 ? null : stream.next("gravacao", left);
      assertThat(event).as("a gravacao event for %s within 2 s of the start", id).isNotNull();
      JsonObject recording = read(event.data());
      if (recording.getString("id").equals(id)
          && recording.get("recordingId100ms").getValueType() == JsonValue.ValueType.STRING) {
        return recording;
      }
    }
  }

  private EventStreamReader open(String query, String... headers) throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(api.base().resolve("api/gravacoes/eventos" + query))
            .header("Accept", "text/event-stream")
            .timeout(Duration.ofSeconds(30));
    if (headers.length > 0) {
      request.headers(headers);
    }
    return EventStreamReader.open(request.GET().build());
  }

  private String token() {
    return ItTokens.admin(Fixtures.TENANT);
  }

  private String bearer() {
    return "Bearer " + token();
  }

  private static JsonObject read(String json) {
    return Json.createReader(new StringReader(json)).readObject();
  }
}
