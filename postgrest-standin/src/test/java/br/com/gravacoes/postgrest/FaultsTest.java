package br.com.gravacoes.postgrest;

import static br.com.gravacoes.postgrest.RestClient.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.ConnectException;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Delays, canned failures and a stand-in that goes down and comes back on its port. */
class FaultsTest extends StandInTestBase {

  @Test
  void aDelayHoldsEveryAnswerAndStillWrites() {
    standIn.delay(Duration.ofMillis(300));
    UUID id = UUID.randomUUID();

    long startedAt = System.nanoTime();
    HttpResponse<String> response = alpha.upsertGravacao(Gravacoes.json(id, "recording"));
    Duration took = Duration.ofNanos(System.nanoTime() - startedAt);

    assertThat(response.statusCode()).isEqualTo(201);
    assertThat(took).isGreaterThanOrEqualTo(Duration.ofMillis(300));
    assertThat(Gravacoes.stored(dataSource, ALPHA, id)).isPresent();
  }

  @Test
  void downRefusesConnectionsAndUpListensAgainOnTheSamePort() {
    int port = standIn.port();
    alpha.upsertGravacao(Gravacoes.json(UUID.randomUUID(), "recording"));

    standIn.down();
    UUID whileDown = UUID.randomUUID();
    assertThatThrownBy(() -> alpha.upsertGravacao(Gravacoes.json(whileDown, "recording")))
        .hasCauseInstanceOf(ConnectException.class);
    standIn.up();

    UUID afterwards = UUID.randomUUID();
    assertThat(standIn.port()).isEqualTo(port);
    assertThat(alpha.upsertGravacao(Gravacoes.json(afterwards, "recording")).statusCode())
        .isEqualTo(201);
    assertThat(Gravacoes.stored(dataSource, ALPHA, whileDown)).isEmpty();
    assertThat(Gravacoes.stored(dataSource, ALPHA, afterwards)).isPresent();
  }

  @Test
  void failNextAnswersTheCannedFailureThatManyTimesWithoutWriting() {
    String unavailable = CannedResponse.schemaCacheUnavailable().jsonBody();
    standIn.failNext(2, 503, unavailable);
    UUID id = UUID.randomUUID();

    HttpResponse<String> first = alpha.upsertGravacao(Gravacoes.json(id, "recording"));
    HttpResponse<String> second = alpha.upsertGravacao(Gravacoes.json(id, "recording"));
    assertThat(Gravacoes.stored(dataSource, ALPHA, id)).isEmpty();
    HttpResponse<String> third = alpha.upsertGravacao(Gravacoes.json(id, "recording"));

    assertThat(first.statusCode()).isEqualTo(503);
    assertThat(json(first).getString("code")).isEqualTo("PGRST002");
    assertThat(second.statusCode()).isEqualTo(503);
    assertThat(third.statusCode()).isEqualTo(201);
    assertThat(Gravacoes.stored(dataSource, ALPHA, id)).isPresent();
    assertThat(standIn.requestsReceived(ALPHA.ref())).isEqualTo(3);
  }

  @Test
  void failAlwaysLastsUntilTheFaultsAreCleared() {
    standIn.faults(ALPHA.ref()).failAlways(CannedResponse.rateLimited(Duration.ofSeconds(7)));

    HttpResponse<String> limited = alpha.upsertGravacao(Gravacoes.json(UUID.randomUUID(), "x"));
    HttpResponse<String> stillLimited =
        alpha.upsertGravacao(Gravacoes.json(UUID.randomUUID(), "x"));
    standIn.clearFaults();
    HttpResponse<String> served =
        alpha.upsertGravacao(Gravacoes.json(UUID.randomUUID(), "recording"));

    assertThat(limited.statusCode()).isEqualTo(429);
    assertThat(limited.headers().firstValue("Retry-After")).hasValue("7");
    assertThat(json(limited).getString("message")).isEqualTo("API rate limit exceeded");
    assertThat(stillLimited.statusCode()).isEqualTo(429);
    assertThat(served.statusCode()).isEqualTo(201);
  }

  @Test
  void failuresComeBeforeTheKeyCheck() {
    standIn.failNext(1, 502, "{\"message\":\"An invalid response was received from upstream\"}");

    HttpResponse<String> response =
        RestClient.send(alpha.post("gravacoes", "", Gravacoes.json(UUID.randomUUID(), "x")));

    assertThat(response.statusCode()).isEqualTo(502);
  }
}
