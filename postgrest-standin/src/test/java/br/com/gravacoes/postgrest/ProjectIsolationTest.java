package br.com.gravacoes.postgrest;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Projects on one stand-in share nothing: rows, keys or faults. */
class ProjectIsolationTest extends StandInTestBase {

  private static SupabaseProject beta;
  private static RestClient betaClient;

  @BeforeAll
  static void addSecondProject() {
    beta = addProject("beta", project -> SupabaseTables.createGravacoes(dataSource, project));
    betaClient = new RestClient(standIn.baseUrl(beta.ref()), beta.keys().serviceRoleKey());
  }

  @Test
  void theSameIdIsASeparateRowInEachProject() {
    UUID id = UUID.randomUUID();

    alpha.upsertGravacao(Gravacoes.json(id, "recording"));
    betaClient.upsertGravacao(Gravacoes.json(id, "failed"));

    assertThat(Gravacoes.stored(dataSource, ALPHA, id).orElseThrow().getString("status"))
        .isEqualTo("recording");
    assertThat(Gravacoes.stored(dataSource, beta, id).orElseThrow().getString("status"))
        .isEqualTo("failed");
    assertThat(standIn.rowsWritten(ALPHA.ref())).isEqualTo(1);
    assertThat(standIn.rowsWritten(beta.ref())).isEqualTo(1);
  }

  @Test
  void oneProjectsKeyIsInvalidForAnother() {
    RestClient wrongKey =
        new RestClient(standIn.baseUrl(beta.ref()), ALPHA.keys().serviceRoleKey());

    HttpResponse<String> response = wrongKey.upsertGravacao(Gravacoes.json(UUID.randomUUID(), "x"));

    assertThat(response.statusCode()).isEqualTo(401);
    assertThat(RestClient.json(response).getString("message")).isEqualTo("Invalid API key");
  }

  @Test
  void faultsOfOneProjectLeaveTheOtherAlone() {
    standIn.faults(beta.ref()).delay(Duration.ofSeconds(5));
    standIn
        .faults(beta.ref())
        .failNext(1, 503, CannedResponse.databaseConnectionError().jsonBody());

    long startedAt = System.nanoTime();
    HttpResponse<String> response = alpha.upsertGravacao(Gravacoes.json(UUID.randomUUID(), "x"));

    assertThat(response.statusCode()).isEqualTo(201);
    assertThat(Duration.ofNanos(System.nanoTime() - startedAt)).isLessThan(Duration.ofSeconds(2));
    assertThat(standIn.requestsReceived(beta.ref())).isZero();
  }
}
