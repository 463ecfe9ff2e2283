package br.com.gravacoes.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import br.com.gravacoes.bootstrap.ApiClient.Answer;
import br.com.gravacoes.postgrest.GravacoesRows;
import br.com.gravacoes.postgrest.PostgrestStandIn;
import br.com.gravacoes.postgrest.SupabaseProject;
import br.com.gravacoes.postgrest.SupabaseTables;
import br.com.gravacoes.simulator.WebhookSettings;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URI;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The Supabase mirror end to end: recordings started and stopped over HTTP on Payara Micro reach
 * each tenant's project (the PostgREST stand-in on its own database), whatever the project does
 * meanwhile, and the sync endpoints tell what is going on.
 */
class MirrorIT extends DeployedServiceTest {

  private static final String SECRET_HEADER = "X-Gravacoes-Webhook-Secret";

  private final PostgrestStandIn supabase = IntegrationEnvironment.supabase();
  private final DataSource supabaseDb = IntegrationEnvironment.supabaseDatabase().dataSource();
  private final DataSource serviceDb = IntegrationEnvironment.database().dataSource();

  @BeforeEach
  void webhooksOnAndProjectHealthy() {
    hms.configureWebhook(
        Fixtures.ACCESS_KEY,
        new WebhookSettings(
            URI.create(base + "api/100ms/webhooks"), Map.of(SECRET_HEADER, "it-webhook-secret")));
    supabase.up();
    supabase.clearFaults();
    supabase.delay(Duration.ZERO);
  }

  @AfterEach
  void webhooksOff() {
    hms.configureWebhook(Fixtures.ACCESS_KEY, null);
    supabase.up();
    supabase.delay(Duration.ZERO);
  }

  @Test
  void aProjectDownForAWholeRunOf500StartsAndStops_catchesUpWithNothingLost() throws Exception {
    String tenant = "espelho_queda";
    SupabaseProject project = projectFor(tenant, true);
    List<String> rooms = rooms(tenant, 25);

    supabase.down();
    runCycles(tenant, rooms, 10);

    JsonObject behind = statusOf(tenant).orElseThrow();
    assertThat(behind.getJsonNumber("pending").longValue()).isPositive();
    assertThat(behind.getString("lastError")).contains("Supabase inacessível");
    assertThat(
            GravacoesRows.read(
                supabaseDb, project.schema() + ".gravacoes", "tenant_id = ?", tenant))
        .isEmpty();

    supabase.up();
    awaitMirrorEqualsLocal(tenant, project, Duration.ofSeconds(90));
    assertThat(GravacoesRows.read(serviceDb, "gravacoes", "tenant_id = ?", tenant))
        .hasSize(250)
        .allSatisfy(row -> assertThat(row.get(7)).isEqualTo("completed"));
    JsonObject caughtUp = statusOf(tenant).orElseThrow();
    assertThat(caughtUp.getJsonNumber("pending").longValue()).isZero();
    assertThat(caughtUp.getJsonNumber("parked").longValue()).isZero();
    assertThat(caughtUp.get("lastSuccessAt")).isNotEqualTo(JsonValue.NULL);
  }

  @Test
  void aParkedTenantDoesNotDelayAnother_andRetryDeliversOnceItsKeyIsFixed() throws Exception {
    String broken = "espelho_chave_errada";
    String healthy = "espelho_saudavel";
    SupabaseProject brokenProject = projectFor(broken, false);
    SupabaseProject healthyProject = projectFor(healthy, true);
    List<String> brokenRooms = rooms(broken, 3);
    List<String> healthyRooms = rooms(healthy, 3);

    runCycles(broken, brokenRooms, 2);
    runCycles(healthy, healthyRooms, 2);

    awaitMirrorEqualsLocal(healthy, healthyProject, Duration.ofSeconds(30));
    await()
        .atMost(Duration.ofSeconds(30))
        .until(() -> statusOf(broken).orElseThrow().getJsonNumber("pending").longValue() == 0);
    JsonObject parked = statusOf(broken).orElseThrow();
    assertThat(parked.getJsonNumber("parked").longValue()).isPositive();
    assertThat(parked.getString("lastError")).contains("401");
    assertThat(
            GravacoesRows.read(
                supabaseDb, brokenProject.schema() + ".gravacoes", "tenant_id = ?", broken))
        .isEmpty();

    configure(broken, brokenProject, brokenProject.keys().serviceRoleKey());
    Answer retry = api.asAdminOf(broken).post("api/sync/retry", "");
    assertThat(retry.status()).isEqualTo(200);
    assertThat(retry.json().getInt("requeued")).isPositive();

    awaitMirrorEqualsLocal(broken, brokenProject, Duration.ofSeconds(30));
    await()
        .atMost(Duration.ofSeconds(10))
        .until(() -> statusOf(broken).orElseThrow().getJsonNumber("parked").longValue() == 0);
  }

  @Test
  void aProjectTooSlowToAnswer_whoseLateWritesStillLand_endsOnTheLatestState() throws Exception {
    String tenant = "espelho_lento";
    SupabaseProject project = projectFor(tenant, true);
    List<String> rooms = rooms(tenant, 2);
    // Longer than the service's read timeout (2 s here): each request times out on our side and
    // is written by the project afterwards, possibly after the service sent something newer.
    supabase.delay(Duration.ofMillis(2_500));

    runCycles(tenant, rooms, 4);
    await()
        .atMost(Duration.ofSeconds(20))
        .until(
            () -> statusOf(tenant).map(s -> s.getString("lastError", "")).orElse(""),
            error -> error.contains("tempo esgotado"));
    supabase.delay(Duration.ZERO);

    awaitMirrorEqualsLocal(tenant, project, Duration.ofSeconds(60));
  }

  @Test
  void aTenantWithoutAProjectIsSkipped_neitherSentNorParked_andStatusAnswersJson() {
    String tenant = "espelho_sem_projeto";
    List<String> rooms = rooms(tenant, 1);
    ApiClient admin = api.asAdminOf(tenant);
    assertThat(admin.start(rooms.get(0)).status()).isEqualTo(200);
    assertThat(admin.stop(rooms.get(0)).status()).isEqualTo(200);

    await()
        .atMost(Duration.ofSeconds(10))
        .untilAsserted(
            () -> {
              JsonObject status = statusOf(tenant).orElseThrow();
              assertThat(status.getJsonNumber("pending").longValue()).isZero();
              assertThat(status.getJsonNumber("parked").longValue()).isZero();
              assertThat(status.get("lastSuccessAt")).isEqualTo(JsonValue.NULL);
            });
    Answer status = admin.send("api/sync/status", "GET", null, null);
    assertThat(status.contentType()).startsWith("application/json");
  }

  private void awaitMirrorEqualsLocal(String tenant, SupabaseProject project, Duration atMost) {
    await()
        .atMost(atMost)
        .pollInterval(Duration.ofMillis(250))
        .untilAsserted(
            () -> {
              List<List<Object>> local =
                  GravacoesRows.read(serviceDb, "gravacoes", "tenant_id = ?", tenant);
              assertThat(local)
                  .isNotEmpty()
                  .allSatisfy(row -> assertThat(row.get(7)).isIn("completed", "failed"));
              assertThat(
                      GravacoesRows.read(
                          supabaseDb, project.schema() + ".gravacoes", "tenant_id = ?", tenant))
                  .isEqualTo(local);
            });
  }

  /** Runs {@code cycles} start+stop cycles in each room, rooms in parallel (5 at a time). */
  private void runCycles(String tenant, List<String> rooms, int cycles) throws Exception {
    ApiClient admin = api.asAdminOf(tenant);
    ExecutorService clients = Executors.newFixedThreadPool(5);
    try {
      List<Future<?>> done = new ArrayList<>();
      for (String room : rooms) {
        done.add(
            clients.submit(
                () -> {
                  for (int i = 0; i < cycles; i++) {
                    Answer started = admin.start(room);
                    assertThat(started.status()).as(started.body()).isEqualTo(200);
                    Answer stopped = admin.stop(room);
                    assertThat(stopped.status()).as(stopped.body()).isEqualTo(200);
                  }
                  return null;
                }));
      }
      for (Future<?> each : done) {
        each.get();
      }
    } finally {
      clients.shutdownNow();
    }
  }

  private List<String> rooms(String tenant, int count) {
    db.tenantWithCredentials(tenant);
    List<String> rooms = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      String room = tenant + "-" + UUID.randomUUID().toString().substring(0, 8);
      hms.addRoom(Fixtures.ACCESS_KEY, room);
      db.meeting(tenant, room);
      rooms.add(room);
    }
    return rooms;
  }

  /** A project for the tenant, configured with its right key or with another project's key. */
  private SupabaseProject projectFor(String tenant, boolean rightKey) {
    SupabaseProject project = SupabaseProject.withRandomSecret(tenant);
    SupabaseTables.createGravacoes(supabaseDb, project);
    supabase.addProject(project);
    String key =
        rightKey
            ? project.keys().serviceRoleKey()
            : SupabaseProject.withRandomSecret(tenant).keys().serviceRoleKey();
    configure(tenant, project, key);
    return project;
  }

  private void configure(String tenant, SupabaseProject project, String key) {
    try (Connection connection = serviceDb.getConnection();
        PreparedStatement upsert =
            connection.prepareStatement(
                "INSERT INTO supabase_config (tenant_id, url, service_key) VALUES (?, ?, ?)"
                    + " ON CONFLICT (tenant_id) DO UPDATE SET url = EXCLUDED.url,"
                    + " service_key = EXCLUDED.service_key")) {
      upsert.setString(1, tenant);
      upsert.setString(2, supabase.baseUrl(project.ref()).toString());
      upsert.setString(3, key);
      upsert.executeUpdate();
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  private Optional<JsonObject> statusOf(String tenant) {
    Answer status = api.asAdminOf(tenant).send("api/sync/status", "GET", null, null);
    assertThat(status.status()).as(status.body()).isEqualTo(200);
    return status.json().getJsonArray("tenants").getValuesAs(JsonObject.class).stream()
        .filter(t -> t.getString("tenantId").equals(tenant))
        .findFirst();
  }
}
