package br.com.gravacoes.postgrest;

import static br.com.gravacoes.postgrest.RestClient.json;
import static br.com.gravacoes.postgrest.RestClient.send;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Requests PostgREST refuses before writing: schema, table, columns, body, path, method. */
class RequestValidationTest extends StandInTestBase {

  private static SupabaseProject withoutTable;
  private static SupabaseProject withOlderTable;

  private final UUID id = UUID.randomUUID();

  @BeforeAll
  static void addLaggingProjects() {
    withoutTable =
        addProject("no-table", project -> SupabaseTables.createSchema(dataSource, project));
    withOlderTable =
        addProject(
            "older-table",
            project -> {
              SupabaseTables.createGravacoes(dataSource, project);
              SupabaseTables.dropColumn(dataSource, project, "gravacoes", "thumbnail_url");
            });
  }

  @Test
  void aContentProfileOtherThanPublicAnswers406() {
    HttpResponse<String> response =
        send(
            alpha
                .upsert("gravacoes", Gravacoes.json(id, "x"))
                .setHeader("Content-Profile", "private"));

    assertThat(response.statusCode()).isEqualTo(406);
    assertError(response, "PGRST106", "Invalid schema: private");
    assertThat(json(response).getString("hint"))
        .isEqualTo("Only the following schemas are exposed: public");
  }

  @Test
  void aTableMissingFromTheProjectsSchemaAnswers404() {
    HttpResponse<String> response =
        clientOf(withoutTable).upsertGravacao(Gravacoes.json(id, "recording"));

    assertThat(response.statusCode()).isEqualTo(404);
    assertError(
        response, "PGRST205", "Could not find the table 'public.gravacoes' in the schema cache");
  }

  @Test
  void aColumnMissingFromTheTableAnswers400() {
    HttpResponse<String> response =
        clientOf(withOlderTable).upsertGravacao(Gravacoes.json(id, "recording"));

    assertThat(response.statusCode()).isEqualTo(400);
    assertError(
        response,
        "PGRST204",
        "Could not find the 'thumbnail_url' column of 'gravacoes' in the schema cache");
  }

  @Test
  void malformedJsonAnswers400() {
    HttpResponse<String> response = alpha.upsertGravacao("{\"id\": ");

    assertThat(response.statusCode()).isEqualTo(400);
    assertError(response, "PGRST102", "Empty or invalid json");
  }

  @Test
  void aBodyThatIsNotJsonIsRefused() {
    HttpResponse<String> response =
        send(
            alpha
                .upsert("gravacoes", "id=1")
                .setHeader("Content-Type", "text/plain; charset=utf-8"));

    assertThat(response.statusCode()).isEqualTo(400);
    assertError(response, "PGRST102", "Content-Type not acceptable: text/plain");
  }

  @Test
  void aJsonContentTypeWithACharsetIsAccepted() {
    HttpResponse<String> response =
        send(
            alpha
                .upsert("gravacoes", Gravacoes.json(id, "recording"))
                .setHeader("Content-Type", "application/json; charset=utf-8"));

    assertThat(response.statusCode()).isEqualTo(201);
  }

  @Test
  void anUnknownProjectGetsTheGatewaysNoRoute() {
    HttpResponse<String> response =
        send(
            HttpRequest.newBuilder(URI.create(standIn.origin() + "/nobody/rest/v1/gravacoes"))
                .POST(HttpRequest.BodyPublishers.ofString("{}")));

    assertThat(response.statusCode()).isEqualTo(404);
    assertThat(json(response).getString("message")).isEqualTo("no Route matched with those values");
  }

  @Test
  void methodsOtherThanPostAndGetAnswer405() {
    HttpResponse<String> response =
        send(
            alpha
                .withSupabaseHeaders(alpha.post("gravacoes", "id=eq." + id, "{}"))
                .method("PATCH", HttpRequest.BodyPublishers.ofString("{\"status\":\"failed\"}")));

    assertThat(response.statusCode()).isEqualTo(405);
    assertError(response, "PGRST117", "Unsupported HTTP method: PATCH");
  }

  @Test
  void aNestedPathAnswers404() {
    HttpResponse<String> response = send(alpha.get("gravacoes/extra", ""));

    assertThat(response.statusCode()).isEqualTo(404);
    assertError(response, "PGRST125", "Invalid path specified in request URL");
  }

  private static RestClient clientOf(SupabaseProject project) {
    return new RestClient(standIn.baseUrl(project.ref()), project.keys().serviceRoleKey());
  }

  private static void assertError(HttpResponse<String> response, String code, String message) {
    JsonObject error = json(response);
    assertThat(error.getString("code")).isEqualTo(code);
    assertThat(error.getString("message")).isEqualTo(message);
    assertThat(error.containsKey("details")).isTrue();
    assertThat(error.containsKey("hint")).isTrue();
  }
}
