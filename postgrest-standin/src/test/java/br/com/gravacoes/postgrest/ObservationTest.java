package br.com.gravacoes.postgrest;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** What tests and benchmarks observe: counters, the last request and the write listener. */
class ObservationTest extends StandInTestBase {

  @AfterEach
  void removeListener() {
    standIn.onWrite(null);
  }

  @Test
  void theLastRequestKeepsWhatTheClientSent() {
    String body = Gravacoes.json(UUID.randomUUID(), "recording");

    alpha.upsertGravacao(body);

    RecordedRequest request = standIn.lastRequest(ALPHA.ref()).orElseThrow();
    String key = ALPHA.keys().serviceRoleKey();
    assertThat(request.method()).isEqualTo("POST");
    assertThat(request.path()).isEqualTo("/rest/v1/gravacoes");
    assertThat(request.header("APIKEY")).hasValue(key);
    assertThat(request.header("authorization")).hasValue("Bearer " + key);
    assertThat(request.header("Prefer")).hasValue("resolution=merge-duplicates");
    assertThat(request.header("Content-Profile")).hasValue("public");
    assertThat(request.queryParameter("on_conflict")).hasValue("id");
    assertThat(request.queryParameter("columns")).isEmpty();
    assertThat(new String(request.body(), StandardCharsets.UTF_8)).isEqualTo(body);
  }

  @Test
  void countersCountRequestsWhateverTheirAnswerAndRowsActuallyWritten() {
    UUID id = UUID.randomUUID();
    alpha.upsertGravacao(Gravacoes.json(id, "recording"));
    alpha.upsertGravacao(Gravacoes.json(id, "completed"));
    alpha.upsertGravacao("not json");
    String bulk =
        "["
            + Gravacoes.json(UUID.randomUUID(), "x")
            + ","
            + Gravacoes.json(UUID.randomUUID(), "x")
            + "]";
    alpha.upsertGravacao(bulk);

    assertThat(standIn.requestsReceived(ALPHA.ref())).isEqualTo(4);
    assertThat(standIn.rowsWritten(ALPHA.ref())).isEqualTo(4);

    standIn.resetObservations();

    assertThat(standIn.requestsReceived(ALPHA.ref())).isZero();
    assertThat(standIn.lastRequest(ALPHA.ref())).isEmpty();
  }

  @Test
  void theListenerHearsOfEveryCommittedWriteBeforeTheClientDoes() {
    List<WriteEvent> events = new CopyOnWriteArrayList<>();
    standIn.onWrite(events::add);
    List<UUID> ids = IntStream.range(0, 20).mapToObj(i -> UUID.randomUUID()).toList();
    Instant before = Instant.now();

    List<Integer> statuses =
        ids.stream()
            .map(
                id ->
                    CompletableFuture.supplyAsync(
                        () -> alpha.upsertGravacao(Gravacoes.json(id, "recording"))))
            .toList()
            .stream()
            .map(CompletableFuture::join)
            .map(HttpResponse::statusCode)
            .toList();

    assertThat(statuses).containsOnly(201);
    assertThat(events).hasSize(20);
    assertThat(events)
        .allSatisfy(
            event -> {
              assertThat(event.projectRef()).isEqualTo(ALPHA.ref());
              assertThat(event.rows()).isEqualTo(1);
              assertThat(event.receivedAt()).isAfterOrEqualTo(before.minusMillis(1));
            });
    assertThat(events.stream().flatMap(event -> event.ids().stream()))
        .containsExactlyInAnyOrderElementsOf(ids.stream().map(UUID::toString).toList());
    assertThat(standIn.rowsWritten(ALPHA.ref())).isEqualTo(20);
  }
}
