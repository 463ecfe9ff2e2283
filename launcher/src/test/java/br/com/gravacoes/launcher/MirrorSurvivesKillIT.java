package br.com.gravacoes.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import br.com.gravacoes.adapters.persistence.testing.TestDatabase;
import br.com.gravacoes.postgrest.GravacoesRows;
import br.com.gravacoes.postgrest.PostgrestStandIn;
import br.com.gravacoes.postgrest.SupabaseProject;
import br.com.gravacoes.postgrest.SupabaseTables;
import br.com.gravacoes.simulator.HmsSimulator;
import br.com.gravacoes.simulator.SimulatorSettings;
import br.com.gravacoes.simulator.WebhookSettings;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The real product (java -jar payara-micro.jar with the WAR) killed with SIGKILL while it is
 * sending recordings to a slow Supabase, then started again: the mirror still ends equal to the
 * local table, with nothing lost.
 */
class MirrorSurvivesKillIT {

  private static final String TENANT = "sobrevive";
  private static final String ACCESS_KEY = "kill-access-key";
  private static final String APP_SECRET = "kill-app-secret-long-enough-for-hs256-signing";
  private static final String WEBHOOK_SECRET = "kill-webhook-secret";
  private static final SupabaseProject PROJECT = SupabaseProject.withRandomSecret(TENANT);
  private static final String TOKEN_SECRET = "kill-test-token-secret-0123456789abcdefgh";
  private static final String ADMIN_TOKEN =
      AdminToken.mint(TOKEN_SECRET, TENANT, "admin-kill", Duration.ofHours(1));

  private static TestDatabase serviceDb;
  private static TestDatabase supabaseDb;
  private static HmsSimulator hms;
  private static PostgrestStandIn supabase;
  private static int port;
  private static Path log;

  private final HttpClient http = HttpClient.newHttpClient();

  @BeforeAll
  static void environment() throws IOException {
    serviceDb = TestDatabase.fresh();
    supabaseDb = TestDatabase.fresh();
    SupabaseTables.createGravacoes(supabaseDb.dataSource(), PROJECT);
    supabase = PostgrestStandIn.start(supabaseDb.dataSource());
    supabase.addProject(PROJECT);
    hms = HmsSimulator.start(SimulatorSettings.defaults());
    hms.addApp(ACCESS_KEY, APP_SECRET);
    try (ServerSocket free = new ServerSocket(0)) {
      port = free.getLocalPort();
    }
    log = Files.createTempFile("gravacoes-kill-", ".log");
  }

  @AfterAll
  static void tearDown() {
    hms.close();
    supabase.close();
    serviceDb.drop();
    supabaseDb.drop();
  }

  @Test
  void killedMidDelivery_andRestarted_theMirrorEqualsTheLocalTable() throws Exception {
    PayaraMicroProcess first = startService();
    List<String> rooms = tenantWithRooms(8);
    // Slow enough that a delivery is in flight whenever the service dies.
    supabase.delay(Duration.ofMillis(1500));

    for (int cycle = 0; cycle < 4; cycle++) {
      for (String room : rooms) {
        assertThat(post("start", room)).isEqualTo(200);
        assertThat(post("stop", room)).isEqualTo(200);
      }
    }
    await().atMost(Duration.ofSeconds(30)).until(() -> supabase.requestsReceived(TENANT) >= 2);

    first.kill();

    assertThat(pendingChanges()).as("changes left undelivered by the killed service").isPositive();
    supabase.delay(Duration.ZERO);
    PayaraMicroProcess second = startService();
    try {
      await()
          .atMost(Duration.ofSeconds(90))
          .pollInterval(Duration.ofMillis(500))
          .untilAsserted(
              () -> {
                List<List<Object>> local =
                    GravacoesRows.read(serviceDb.dataSource(), "gravacoes", "");
                assertThat(local).hasSize(32);
                assertThat(local).allSatisfy(row -> assertThat(row.get(7)).isEqualTo("completed"));
                assertThat(
                        GravacoesRows.read(
                            supabaseDb.dataSource(), PROJECT.schema() + ".gravacoes", ""))
                    .isEqualTo(local);
              });
      assertThat(pendingChanges()).isZero();
    } finally {
      second.stop();
      second.waitFor();
    }
  }

  private PayaraMicroProcess startService() throws Exception {
    Path home = Path.of(System.getProperty("gravacoes.home"));
    PayaraMicroProcess payara =
        PayaraMicroProcess.start(
            home.resolve("lib").resolve("payara-micro.jar"),
            home.resolve("gravacoes.war"),
            port,
            Map.ofEntries(
                Map.entry(
                    "GRAVACOES_DB_URL",
                    serviceDb.jdbcUrl()
                        + "?user="
                        + serviceDb.user()
                        + (serviceDb.password().isEmpty()
                            ? ""
                            : "&password=" + serviceDb.password())),
                Map.entry("GRAVACOES_HMS_BASE_URL", hms.apiBaseUrl().toString()),
                Map.entry("GRAVACOES_WEBHOOK_SECRET", WEBHOOK_SECRET),
                Map.entry("GRAVACOES_AUTH_HS256_SECRET", TOKEN_SECRET),
                Map.entry(
                    "GRAVACOES_CRYPTO_KEYS", "kill1=q0hHz7cS0bFzH7n8wT0mW2b8XyTqJ3l4m6p9r1s2u5Y="),
                Map.entry("GRAVACOES_RECONCILER_INTERVAL_MS", "500"),
                Map.entry("GRAVACOES_RECONCILER_FIRST_BACKOFF_MS", "500"),
                Map.entry("GRAVACOES_MIRROR_POLL_INTERVAL_MS", "100"),
                Map.entry("GRAVACOES_MIRROR_ALLOW_INTERNAL_ADDRESSES", "true"),
                Map.entry("GRAVACOES_MIRROR_BATCH_SIZE", "4"),
                Map.entry("GRAVACOES_MIRROR_LEASE_SECONDS", "6"),
                Map.entry("GRAVACOES_MIRROR_CONNECT_TIMEOUT_MS", "500"),
                Map.entry("GRAVACOES_MIRROR_READ_TIMEOUT_MS", "2500")),
            log);
    if (!payara.awaitReady(Duration.ofMinutes(3))) {
      payara.kill();
      throw new AssertionError("the service did not start; its log: " + log);
    }
    return payara;
  }

  private List<String> tenantWithRooms(int count) {
    update(
        "INSERT INTO credenciais_100ms (tenant_id, app_access_key, app_secret, template_id)"
            + " VALUES (?, ?, ?, 'tpl')",
        TENANT,
        ACCESS_KEY,
        APP_SECRET);
    update(
        "INSERT INTO supabase_config (tenant_id, url, service_key) VALUES (?, ?, ?)",
        TENANT,
        supabase.baseUrl(PROJECT.ref()).toString(),
        PROJECT.keys().serviceRoleKey());
    hms.configureWebhook(
        ACCESS_KEY,
        new WebhookSettings(
            URI.create("http://127.0.0.1:" + port + "/api/100ms/webhooks"),
            Map.of("X-Gravacoes-Webhook-Secret", WEBHOOK_SECRET)));
    List<String> rooms = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      String room = "kill-" + UUID.randomUUID().toString().substring(0, 8);
      hms.addRoom(ACCESS_KEY, room);
      update(
          "INSERT INTO reunioes (id, tenant_id, room_id_100ms, titulo) VALUES (?, ?, ?, 'kill')",
          UUID.randomUUID(),
          TENANT,
          room);
      rooms.add(room);
    }
    return rooms;
  }

  private int post(String action, String room) throws Exception {
    HttpRequest request =
        HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + port + "/api/100ms/recording/" + action))
            .header("Content-Type", "application/json")
            .header("Authorization", "Bearer " + ADMIN_TOKEN)
            .timeout(Duration.ofSeconds(30))
            .POST(HttpRequest.BodyPublishers.ofString("{\"roomId\":\"" + room + "\"}"))
            .build();
    return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
  }

  private static long pendingChanges() {
    try (Connection connection = serviceDb.dataSource().getConnection();
        PreparedStatement query =
            connection.prepareStatement("SELECT count(*) FROM espelho_eventos");
        ResultSet result = query.executeQuery()) {
      result.next();
      return result.getLong(1);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void update(String sql, Object... values) {
    try (Connection connection = serviceDb.dataSource().getConnection();
        PreparedStatement statement = connection.prepareStatement(sql)) {
      for (int i = 0; i < values.length; i++) {
        statement.setObject(i + 1, values[i]);
      }
      statement.executeUpdate();
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }
}
