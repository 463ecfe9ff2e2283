package br.com.gravacoes.adapters.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import br.com.gravacoes.adapters.persistence.testing.TestDatabase;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponse.Status;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class MigrationsHealthCheckTest {

  private final ExecutorService executor = Executors.newCachedThreadPool();
  private TestDatabase database;
  private MigrationsHealthCheck check;

  @BeforeEach
  void freshDatabase() {
    database = TestDatabase.fresh();
    check =
        new MigrationsHealthCheck(
            new DatabaseProbe(database.dataSource(), executor, Duration.ofSeconds(5)));
  }

  @AfterEach
  void drop() {
    executor.shutdownNow();
    database.drop();
  }

  @Test
  void givenAnEmptyDatabase_thenEveryShippedMigrationIsPending_andTheCheckIsDown() {
    HealthCheckResponse response = check.call();

    assertThat(response.getName()).isEqualTo("migracoes");
    assertThat(response.getStatus()).isEqualTo(Status.DOWN);
    Map<String, Object> data = response.getData().orElseThrow();
    assertThat((Long) data.get("pendentes")).isPositive();
    assertThat(data.get("versaoAplicada")).isEqualTo("null");
  }

  @Test
  void givenTheSchemaMigrated_thenTheAppliedVersionIsTheNewestShipped_andTheCheckIsUp() {
    SchemaMigrations.apply(database.dataSource());

    HealthCheckResponse response = check.call();

    assertThat(response.getStatus()).isEqualTo(Status.UP);
    Map<String, Object> data = response.getData().orElseThrow();
    assertThat(data.get("versaoAplicada")).isEqualTo(data.get("versaoMaisNova"));
    assertThat(data.get("versaoMaisNova")).isEqualTo(newestInTheIndex());
    assertThat(data).containsEntry("pendentes", 0L).containsEntry("falhas", 0L);
  }

  @Test
  void givenTheNewestMigrationFailed_thenTheCheckIsDown() throws SQLException {
    SchemaMigrations.apply(database.dataSource());
    try (Connection connection = database.dataSource().getConnection();
        Statement statement = connection.createStatement()) {
      statement.executeUpdate(
          "UPDATE flyway_schema_history SET success = false WHERE installed_rank ="
              + " (SELECT max(installed_rank) FROM flyway_schema_history)");
    }

    HealthCheckResponse response = check.call();

    assertThat(response.getStatus()).isEqualTo(Status.DOWN);
    assertThat(response.getData().orElseThrow()).containsEntry("falhas", 1L);
  }

  /** The version of the last script the build listed, read apart from Flyway. */
  private static String newestInTheIndex() {
    String[] lines =
        new java.util.Scanner(
                MigrationsHealthCheckTest.class
                    .getClassLoader()
                    .getResourceAsStream(IndexedMigrationResources.INDEX),
                java.nio.charset.StandardCharsets.UTF_8)
            .useDelimiter("\\A")
            .next()
            .strip()
            .split("\\R");
    String last = lines[lines.length - 1];
    return last.substring(1, last.indexOf("__"));
  }
}
