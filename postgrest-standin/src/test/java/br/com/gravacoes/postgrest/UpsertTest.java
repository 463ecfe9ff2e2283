package br.com.gravacoes.postgrest;

import static br.com.gravacoes.postgrest.RestClient.json;
import static br.com.gravacoes.postgrest.RestClient.jsonArray;
import static br.com.gravacoes.postgrest.RestClient.send;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Inserts and upserts written with SQL as PostgREST writes them, compared in the database. */
class UpsertTest extends StandInTestBase {

  @Test
  void theSeedsUpsertInsertsThenMergesIntoTheSameRow() {
    UUID id = UUID.randomUUID();

    HttpResponse<String> insert = alpha.upsertGravacao(Gravacoes.json(id, "recording"));
    HttpResponse<String> update =
        alpha.upsertGravacao(
            Gravacoes.row(id, "completed")
                .add("duration", 95)
                .add("file_size", 10_485_760_000L)
                .add("file_url", "https://cdn.example/rec.mp4")
                .add("stopped_at", "2026-01-12T14:01:35.000Z")
                .build()
                .toString());

    assertThat(insert.statusCode()).isEqualTo(201);
    assertThat(insert.body()).isEmpty();
    assertThat(update.statusCode()).isEqualTo(201);
    JsonObject row = Gravacoes.stored(dataSource, ALPHA, id).orElseThrow();
    assertThat(row.getString("status")).isEqualTo("completed");
    assertThat(row.getInt("duration")).isEqualTo(95);
    assertThat(row.getJsonNumber("file_size").longValue()).isEqualTo(10_485_760_000L);
    assertThat(row.getString("stopped_at")).isEqualTo("2026-01-12T14:01:35+00:00");
    assertThat(row.getString("reuniao_id")).isEqualTo(Gravacoes.REUNIAO.toString());
    assertThat(row.getJsonObject("metadata")).isEmpty();
    assertThat(Gravacoes.count(dataSource, ALPHA)).isPositive();
  }

  @Test
  void aBulkArrayWritesTheColumnsNamedByTheColumnsParameterAndIgnoresOtherKeys() {
    UUID first = UUID.randomUUID();
    UUID second = UUID.randomUUID();
    String body =
        Json.createArrayBuilder()
            .add(Json.createObjectBuilder().add("id", first.toString()).add("status", "failed"))
            .add(
                Json.createObjectBuilder()
                    .add("id", second.toString())
                    .add("status", "processing")
                    .add("not_a_column", "ignored: not in columns"))
            .build()
            .toString();

    HttpResponse<String> response =
        send(
            alpha
                .withSupabaseHeaders(
                    alpha.post("gravacoes", "on_conflict=id&columns=%22id%22,%22status%22", body))
                .header("Prefer", "resolution=merge-duplicates"));

    assertThat(response.statusCode()).isEqualTo(201);
    assertThat(Gravacoes.stored(dataSource, ALPHA, first).orElseThrow().getString("status"))
        .isEqualTo("failed");
    assertThat(Gravacoes.stored(dataSource, ALPHA, second).orElseThrow().getString("status"))
        .isEqualTo("processing");
    assertThat(standIn.rowsWritten(ALPHA.ref())).isEqualTo(2);
  }

  @Test
  void ignoreDuplicatesKeepsTheStoredRow() {
    UUID id = UUID.randomUUID();
    alpha.upsertGravacao(Gravacoes.json(id, "recording"));

    HttpResponse<String> response =
        send(
            alpha
                .withSupabaseHeaders(
                    alpha.post("gravacoes", "on_conflict=id", Gravacoes.json(id, "completed")))
                .header("Prefer", "resolution=ignore-duplicates"));

    assertThat(response.statusCode()).isEqualTo(201);
    assertThat(Gravacoes.stored(dataSource, ALPHA, id).orElseThrow().getString("status"))
        .isEqualTo("recording");
    assertThat(standIn.rowsWritten(ALPHA.ref())).isEqualTo(1);
  }

  @Test
  void withoutAResolutionADuplicateKeyAnswers409() {
    UUID id = UUID.randomUUID();
    alpha.upsertGravacao(Gravacoes.json(id, "recording"));

    HttpResponse<String> response =
        send(
            alpha.withSupabaseHeaders(
                alpha.post("gravacoes", "on_conflict=id", Gravacoes.json(id, "completed"))));

    assertThat(response.statusCode()).isEqualTo(409);
    JsonObject error = json(response);
    assertThat(error.getString("code")).isEqualTo("23505");
    assertThat(error.getString("message"))
        .isEqualTo("duplicate key value violates unique constraint \"gravacoes_pkey\"");
    assertThat(error.getString("details")).isEqualTo("Key (id)=(" + id + ") already exists.");
    assertThat(error.isNull("hint")).isTrue();
  }

  @Test
  void returnRepresentationAnswersTheWrittenRows() {
    UUID id = UUID.randomUUID();

    HttpResponse<String> response =
        send(
            alpha
                .upsert("gravacoes", Gravacoes.json(id, "recording"))
                .setHeader("Prefer", "resolution=merge-duplicates, return=representation"));

    assertThat(response.statusCode()).isEqualTo(201);
    assertThat(response.headers().firstValue("Content-Type"))
        .hasValueSatisfying(type -> assertThat(type).startsWith("application/json"));
    JsonArray rows = jsonArray(response);
    assertThat(rows).hasSize(1);
    assertThat(rows.getJsonObject(0).getString("id")).isEqualTo(id.toString());
    assertThat(rows.getJsonObject(0).getString("started_at"))
        .isEqualTo("2026-01-12T14:00:00+00:00");
  }

  @Test
  void keysAbsentFromAnObjectAreNullUnlessMissingDefaultIsPreferred() {
    UUID plain = UUID.randomUUID();
    UUID defaulted = UUID.randomUUID();
    String query = "on_conflict=id&columns=%22id%22,%22status%22,%22metadata%22,%22created_at%22";
    String bodyOf = "[{\"id\":\"%s\",\"status\":\"recording\"}]";

    HttpResponse<String> withNulls =
        send(
            alpha
                .withSupabaseHeaders(alpha.post("gravacoes", query, bodyOf.formatted(plain)))
                .header("Prefer", "resolution=merge-duplicates"));
    HttpResponse<String> withDefaults =
        send(
            alpha
                .withSupabaseHeaders(alpha.post("gravacoes", query, bodyOf.formatted(defaulted)))
                .header("Prefer", "resolution=merge-duplicates,missing=default"));

    assertThat(withNulls.statusCode()).isEqualTo(201);
    assertThat(withDefaults.statusCode()).isEqualTo(201);
    JsonObject plainRow = Gravacoes.stored(dataSource, ALPHA, plain).orElseThrow();
    JsonObject defaultedRow = Gravacoes.stored(dataSource, ALPHA, defaulted).orElseThrow();
    assertThat(plainRow.isNull("metadata")).isTrue();
    assertThat(plainRow.isNull("created_at")).isTrue();
    assertThat(defaultedRow.getJsonObject("metadata")).isEmpty();
    assertThat(defaultedRow.isNull("created_at")).isFalse();
  }

  @Test
  void anArrayWhoseObjectsHaveDifferentKeysIsRefused() {
    String body =
        "[{\"id\":\"%s\"},{\"id\":\"%s\",\"status\":\"failed\"}]"
            .formatted(UUID.randomUUID(), UUID.randomUUID());

    HttpResponse<String> response = alpha.upsertGravacao(body);

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(json(response).getString("code")).isEqualTo("PGRST102");
    assertThat(json(response).getString("message")).isEqualTo("All object keys must match");
  }

  @Test
  void aValueOfTheWrongTypeAnswersPostgresqlsErrorAndWritesNoRowOfTheRequest() {
    UUID good = UUID.randomUUID();
    String body =
        "[{\"id\":\"%s\",\"duration\":10},{\"id\":\"%s\",\"duration\":\"soon\"}]"
            .formatted(good, UUID.randomUUID());

    HttpResponse<String> response = alpha.upsertGravacao(body);

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(json(response).getString("code")).isEqualTo("22P02");
    assertThat(json(response).getString("message"))
        .isEqualTo("invalid input syntax for type integer: \"soon\"");
    assertThat(Gravacoes.stored(dataSource, ALPHA, good)).isEmpty();
    assertThat(standIn.rowsWritten(ALPHA.ref())).isZero();
  }

  @Test
  void aRowWithoutItsPrimaryKeyAnswers400NotNullViolation() {
    HttpResponse<String> response = alpha.upsertGravacao("{\"status\":\"recording\"}");

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(json(response).getString("code")).isEqualTo("23502");
    assertThat(json(response).getString("details")).startsWith("Failing row contains");
  }

  @Test
  void getAnswersTheStoredRowsFilteredByEquality() {
    UUID id = UUID.randomUUID();
    alpha.upsertGravacao(Gravacoes.json(id, "processing"));

    HttpResponse<String> response = send(alpha.get("gravacoes", "select=*&id=eq." + id));

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(jsonArray(response)).hasSize(1);
    assertThat(jsonArray(response).getJsonObject(0).getString("status")).isEqualTo("processing");
  }
}
