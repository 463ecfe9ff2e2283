package br.com.gravacoes.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import br.com.gravacoes.bootstrap.ApiClient.Answer;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * What operators and API users read without a token: health, Prometheus metrics, the OpenAPI
 * document and its browse page.
 */
class OperationsIT extends DeployedServiceTest {

  @Test
  void readiness_isUpWithTheDatabaseAndMigrationChecks_andLivenessWithTheApplication() {
    HttpResponse<String> ready = api.exchange("GET", "/health/ready", null);
    HttpResponse<String> live = api.exchange("GET", "/health/live", null);

    assertThat(ready.statusCode()).as(ready.body()).isEqualTo(200);
    Map<String, JsonObject> checks = checks(ready.body());
    assertThat(checks).containsOnlyKeys("banco-de-dados", "migracoes");
    assertThat(checks.values()).allSatisfy(c -> assertThat(c.getString("status")).isEqualTo("UP"));
    JsonObject migrations = checks.get("migracoes").getJsonObject("data");
    assertThat(migrations.get("versaoAplicada")).isEqualTo(migrations.get("versaoMaisNova"));
    assertThat(live.statusCode()).isEqualTo(200);
    assertThat(checks(live.body())).containsKey("aplicacao");
  }

  @Test
  void afterAStartAndAStop_theMetricsCountThem_andTime100msByOperation() {
    double startedBefore = sample(metrics(), "gravacoes_recordings_started_total");
    double stoppedBefore = sample(metrics(), "gravacoes_recordings_stopped_total");

    assertThat(api.start(room).status()).isEqualTo(200);
    assertThat(api.stop(room).status()).isEqualTo(200);

    String metrics = metrics();
    assertThat(sample(metrics, "gravacoes_recordings_started_total")).isEqualTo(startedBefore + 1);
    assertThat(sample(metrics, "gravacoes_recordings_stopped_total")).isEqualTo(stoppedBefore + 1);
    assertThat(metrics)
        .contains("gravacoes_recordings_failed_total")
        .containsPattern("gravacoes_hms_call_seconds_count\\{[^}]*operation=\"start\"")
        .containsPattern("gravacoes_hms_call_seconds_count\\{[^}]*operation=\"stop_room\"")
        .contains("gravacoes_mirror_backlog")
        .contains("gravacoes_mirror_lag_seconds");
  }

  @Test
  void a100msFailureIsCountedByOperationAndKind_andWebhooksByTypeAndOutcome() {
    hms.faults().failNext(br.com.gravacoes.simulator.SimulatedOperation.START, 1, 503);
    assertThat(api.start(room).status()).isEqualTo(502);
    Answer refused =
        api.withToken(null).post("api/100ms/webhooks", "{\"id\":\"e1\",\"type\":\"beam.failure\"}");
    assertThat(refused.status()).isEqualTo(401);

    await()
        .atMost(Duration.ofSeconds(5))
        .untilAsserted(
            () ->
                assertThat(metrics())
                    .containsPattern(
                        "gravacoes_hms_errors_total\\{[^}]*kind=\"unavailable\"[^}]*operation=\"start\"")
                    .containsPattern(
                        "gravacoes_webhook_events_total\\{[^}]*outcome=\"unauthenticated\""));
  }

  @Test
  void theOpenApiDocument_describesTheApi_andItsPageLoadsSwaggerUi() {
    HttpResponse<String> document = api.exchange("GET", "/openapi?format=JSON", null);
    HttpResponse<String> page = api.exchange("GET", "api-docs/", null);
    HttpResponse<String> script = api.exchange("GET", "api-docs/iniciar.js", null);

    assertThat(document.statusCode()).isEqualTo(200);
    JsonObject openApi = Json.createReader(new StringReader(document.body())).readObject();
    assertThat(openApi.getJsonObject("info").getString("title")).isEqualTo("gravacoes");
    assertThat(openApi.getJsonObject("paths").keySet())
        .contains(
            "/api/100ms/recording/start",
            "/api/100ms/recording/stop",
            "/api/gravacoes",
            "/api/gravacoes/{id}/playback");
    assertThat(
            openApi
                .getJsonObject("paths")
                .getJsonObject("/api/100ms/recording/start")
                .getJsonObject("post")
                .getString("summary"))
        .isEqualTo("Inicia a gravação de uma reunião");
    // The webhook is authenticated by its secret header, not by the admin's JWT.
    assertThat(
            openApi
                .getJsonObject("paths")
                .getJsonObject("/api/100ms/webhooks")
                .getJsonObject("post")
                .getJsonArray("security")
                .getJsonObject(0)
                .keySet())
        .containsExactly("segredo-webhook");
    assertThat(page.statusCode()).isEqualTo(200);
    Matcher bundle = Pattern.compile("src=\"([^\"]*swagger-ui-bundle\\.js)\"").matcher(page.body());
    assertThat(bundle.find()).as(page.body()).isTrue();
    assertThat(page.body()).doesNotContain("<script>");
    assertThat(api.exchange("GET", "api-docs/" + bundle.group(1), null).statusCode())
        .isEqualTo(200);
    assertThat(script.body()).contains("/openapi?format=JSON");
  }

  private String metrics() {
    HttpResponse<String> answer = api.exchange("GET", "/metrics", null);
    assertThat(answer.statusCode()).isEqualTo(200);
    assertThat(answer.headers().firstValue("Content-Type").orElse("")).startsWith("text/plain");
    return answer.body();
  }

  /** The value of a metric without labels other than the registry's scope; 0 when absent. */
  private static double sample(String metrics, String name) {
    Matcher line =
        Pattern.compile("(?m)^" + Pattern.quote(name) + "(\\{[^}]*\\})? (\\S+)$").matcher(metrics);
    return line.find() ? Double.parseDouble(line.group(2)) : 0;
  }

  private static Map<String, JsonObject> checks(String health) {
    return Json.createReader(new StringReader(health)).readObject().getJsonArray("checks").stream()
        .map(JsonValue::asJsonObject)
        .collect(Collectors.toMap(check -> check.getString("name"), check -> check));
  }
}
