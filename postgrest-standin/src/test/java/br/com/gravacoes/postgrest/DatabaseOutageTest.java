package br.com.gravacoes.postgrest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;

/** Answers when the database cannot be reached or drops the stand-in's connections. */
class DatabaseOutageTest extends StandInTestBase {

  @Test
  void anUnreachableDatabaseAnswers503ConnectionError() {
    PGSimpleDataSource nowhere = new PGSimpleDataSource();
    nowhere.setServerNames(new String[] {"127.0.0.1"});
    nowhere.setPortNumbers(new int[] {closedPort()});
    nowhere.setDatabaseName("postgres");
    nowhere.setConnectTimeout(1);
    SupabaseProject project = SupabaseProject.withRandomSecret("offline");
    try (PostgrestStandIn offline = PostgrestStandIn.start(nowhere)) {
      offline.addProject(project);
      RestClient client =
          new RestClient(offline.baseUrl(project.ref()), project.keys().serviceRoleKey());

      HttpResponse<String> response = client.upsertGravacao(Gravacoes.json(UUID.randomUUID(), "x"));

      assertThat(response.statusCode()).isEqualTo(503);
      JsonObject error = RestClient.json(response);
      assertThat(error.getString("code")).isEqualTo("PGRST000");
      assertThat(error.getString("message"))
          .isEqualTo("Database connection error. Retrying the connection.");
      assertThat(error.getString("details")).isNotBlank();
    }
  }

  @Test
  void aConnectionKilledByTheServerFailsOneRequestWith503AndIsReplaced() throws SQLException {
    alpha.upsertGravacao(Gravacoes.json(UUID.randomUUID(), "recording"));

    try (Connection connection = dataSource.getConnection();
        Statement statement = connection.createStatement()) {
      statement.execute(
          "SELECT pg_terminate_backend(pid) FROM pg_stat_activity"
              + " WHERE datname = current_database() AND pid <> pg_backend_pid()");
      await().atMost(Duration.ofSeconds(5)).until(() -> otherBackends(statement) == 0);
    }
    UUID id = UUID.randomUUID();
    HttpResponse<String> broken = alpha.upsertGravacao(Gravacoes.json(id, "recording"));
    HttpResponse<String> retried = alpha.upsertGravacao(Gravacoes.json(id, "recording"));

    assertThat(broken.statusCode()).isEqualTo(503);
    // PostgreSQL's own error, passed on as PostgREST does, with PostgREST's 503 for 57P01.
    assertThat(RestClient.json(broken).getString("code")).isEqualTo("57P01");
    assertThat(RestClient.json(broken).getString("message"))
        .isEqualTo("terminating connection due to administrator command");
    assertThat(retried.statusCode()).isEqualTo(201);
    assertThat(Gravacoes.stored(dataSource, ALPHA, id)).isPresent();
  }

  private static long otherBackends(Statement statement) throws SQLException {
    try (ResultSet rows =
        statement.executeQuery(
            "SELECT count(*) FROM pg_stat_activity"
                + " WHERE datname = current_database() AND pid <> pg_backend_pid()")) {
      rows.next();
      return rows.getLong(1);
    }
  }

  private static int closedPort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
