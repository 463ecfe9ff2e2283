package br.com.gravacoes.adapters.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import br.com.gravacoes.adapters.persistence.testing.TestDatabase;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.flywaydb.core.api.output.MigrateResult;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class SchemaMigrationsTest {

  private static TestDatabase database;
  private static MigrateResult firstRun;

  @BeforeAll
  static void migrateAnEmptyDatabase() {
    database = TestDatabase.fresh();
    firstRun = SchemaMigrations.apply(database.dataSource());
  }

  @AfterAll
  static void dropDatabase() {
    database.drop();
  }

  @Test
  void givenAnEmptyDatabase_thenEveryMigrationIsAppliedUpToTheLatest() {
    assertThat(firstRun.migrationsExecuted).isEqualTo(6);
    assertThat(firstRun.targetSchemaVersion).isEqualTo("6");
    assertThat(strings("SELECT tablename FROM pg_tables WHERE schemaname = 'public'"))
        .contains(
            "reunioes",
            "credenciais_100ms",
            "gravacoes",
            "eventos_100ms",
            "reconciliacao_gravacoes",
            "supabase_config",
            "espelho_eventos",
            "espelho_tenants",
            "auditoria");
  }

  @Test
  void givenAMigratedDatabase_thenMigratingAgainChangesNothing() {
    MigrateResult again = SchemaMigrations.apply(database.dataSource());

    assertThat(again.migrationsExecuted).isZero();
    assertThat(again.initialSchemaVersion).isEqualTo("6");
  }

  @Test
  void theIndexTheBuildWritesListsEveryMigrationScript() throws IOException {
    List<String> scripts;
    try (Stream<Path> files = Files.list(Path.of("src/main/resources/db/migration"))) {
      scripts = files.map(file -> file.getFileName().toString()).sorted().toList();
    }
    String index;
    try (InputStream stream =
        getClass().getClassLoader().getResourceAsStream(IndexedMigrationResources.INDEX)) {
      index = new String(stream.readAllBytes(), StandardCharsets.UTF_8);
    }

    assertThat(index.lines().toList()).containsExactlyElementsOf(scripts);
  }

  @Test
  void oneActiveRecordingPerRoomIsAPartialUniqueIndex() {
    assertThat(
            strings(
                "SELECT indexdef FROM pg_indexes WHERE indexname = 'gravacoes_uma_ativa_por_sala'"))
        .singleElement()
        .asString()
        .contains("CREATE UNIQUE INDEX")
        .contains("(room_id_100ms)")
        .contains("WHERE (status = 'recording'::text)");
  }

  @Test
  void theQueriesToComeHaveTheirIndexes() {
    assertThat(strings("SELECT indexname FROM pg_indexes WHERE tablename = 'gravacoes'"))
        .contains(
            "gravacoes_tenant_recentes",
            "gravacoes_em_andamento",
            "gravacoes_recording_id_100ms",
            "gravacoes_reuniao_id",
            "gravacoes_recentes",
            "gravacoes_sala_sessao");
    assertThat(strings("SELECT indexname FROM pg_indexes WHERE tablename = 'reunioes'"))
        .contains("reunioes_tenant_id");
    assertThat(
            strings("SELECT indexname FROM pg_indexes WHERE tablename = 'reconciliacao_gravacoes'"))
        .contains("reconciliacao_gravacoes_proxima");
    assertThat(
            strings(
                "SELECT indexdef FROM pg_indexes WHERE indexname = 'auditoria_tenant_recentes'"))
        .singleElement()
        .asString()
        .contains("(tenant_id, criado_em DESC, id DESC)");
  }

  @Test
  void pendingEventsAreAPartialIndexOfTheUnhandledOnes() {
    assertThat(
            strings("SELECT indexdef FROM pg_indexes WHERE indexname = 'eventos_100ms_pendentes'"))
        .singleElement()
        .asString()
        .contains("(recebido_em)")
        .contains("WHERE (processado_em IS NULL)");
  }

  @Test
  void givenADeletedRecording_thenItsReconcileScheduleIsDeletedWithIt() {
    UUID meeting = insertMeeting("room-cascade");
    UUID recording = UUID.randomUUID();
    execute(
        ("INSERT INTO gravacoes (id, reuniao_id, tenant_id, room_id_100ms, status) "
                + "VALUES ('%s', '%s', 't1', 'room-cascade', 'processing')")
            .formatted(recording, meeting));
    execute(
        "INSERT INTO reconciliacao_gravacoes (gravacao_id, proxima_verificacao) VALUES ('%s', now())"
            .formatted(recording));

    execute("DELETE FROM gravacoes WHERE id = '%s'".formatted(recording));

    assertThat(
            strings(
                "SELECT gravacao_id::text FROM reconciliacao_gravacoes WHERE gravacao_id = '%s'"
                    .formatted(recording)))
        .isEmpty();
  }

  @Test
  void givenAnUnknownStatus_thenTheDatabaseRefusesTheRow() {
    UUID meeting = insertMeeting("room-check");

    assertThatThrownBy(() -> insertRecording(meeting, "room-check", "paused"))
        .isInstanceOfSatisfying(
            SQLException.class, e -> assertThat(e.getSQLState()).isEqualTo("23514"))
        .hasMessageContaining("gravacoes_status_valido");
  }

  @Test
  void givenAnActiveRecording_thenASecondActiveRowOfTheRoomIsAUniqueViolation()
      throws SQLException {
    UUID meeting = insertMeeting("room-unique");
    insertRecording(meeting, "room-unique", "recording");
    insertRecording(meeting, "room-unique", "completed");

    assertThatThrownBy(() -> insertRecording(meeting, "room-unique", "recording"))
        .isInstanceOfSatisfying(
            SQLException.class, e -> assertThat(e.getSQLState()).isEqualTo("23505"))
        .hasMessageContaining("gravacoes_uma_ativa_por_sala");
  }

  private static UUID insertMeeting(String room) {
    UUID id = UUID.randomUUID();
    execute(
        "INSERT INTO reunioes (id, tenant_id, room_id_100ms, titulo) VALUES ('%s', 't1', '%s', 'x')"
            .formatted(id, room));
    return id;
  }

  private static void insertRecording(UUID meeting, String room, String status)
      throws SQLException {
    try (Connection connection = database.dataSource().getConnection();
        Statement statement = connection.createStatement()) {
      statement.execute(
          ("INSERT INTO gravacoes (id, reuniao_id, tenant_id, room_id_100ms, status) "
                  + "VALUES ('%s', '%s', 't1', '%s', '%s')")
              .formatted(UUID.randomUUID(), meeting, room, status));
    }
  }

  private static void execute(String sql) {
    try (Connection connection = database.dataSource().getConnection();
        Statement statement = connection.createStatement()) {
      statement.execute(sql);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  private static List<String> strings(String query) {
    try (Connection connection = database.dataSource().getConnection();
        Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery(query)) {
      List<String> values = new ArrayList<>();
      while (rows.next()) {
        values.add(rows.getString(1));
      }
      return values;
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }
}
