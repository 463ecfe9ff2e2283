package br.com.gravacoes.systemtests;

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
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The real product (java -jar payara-micro.jar with the WAR) killed with SIGKILL while it is
 * sending recordings to a slow Supabase, then started again: the mirror still ends equal to the
 * local table, with nothing lost.
 */
class MirrorSurvivesKillIT {

  private static final SupabaseProject PROJECT = SupabaseProject.withRandomSecret("sobrevive");

  private static TestDatabase serviceDb;
  private static TestDatabase supabaseDb;
  private static HmsSimulator hms;
  private static PostgrestStandIn supabase;
  private static TestTenant tenant;
  private static int port;
  private static Path log;

  @BeforeAll
  static void environment() throws Exception {
    serviceDb = TestDatabase.fresh();
    supabaseDb = TestDatabase.fresh();
    SupabaseTables.createGravacoes(supabaseDb.dataSource(), PROJECT);
    supabase = PostgrestStandIn.start(supabaseDb.dataSource());
    supabase.addProject(PROJECT);
    hms = HmsSimulator.start(SimulatorSettings.defaults());
    port = ServiceInstance.freePort();
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
    ServiceInstance first = startService();
    tenant = tenantWithRooms(8);
    RecordingClient api =
        new RecordingClient(RecordingClient.newHttpClient(), first.baseUri(), tenant.adminToken());
    // Slow enough that a delivery is in flight whenever the service dies.
    supabase.delay(Duration.ofMillis(1500));

    for (int cycle = 0; cycle < 4; cycle++) {
      for (String room : tenant.rooms()) {
        assertThat(api.start(room).status()).isEqualTo(200);
        assertThat(api.stop(room).status()).isEqualTo(200);
      }
    }
    await()
        .atMost(Duration.ofSeconds(30))
        .until(() -> supabase.requestsReceived(PROJECT.ref()) >= 2);

    first.kill();

    assertThat(pendingChanges()).as("changes left undelivered by the killed service").isPositive();
    supabase.delay(Duration.ZERO);
    try (ServiceInstance second = startService()) {
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
                // The last delivery's outbox rows go once its answer is in, just after its write.
                assertThat(pendingChanges()).isZero();
              });
    }
  }

  private ServiceInstance startService() {
    return ServiceInstance.start(
        Product.find(),
        port,
        ServiceEnvironment.of(serviceDb, hms.apiBaseUrl()).with("GRAVACOES_MIRROR_BATCH_SIZE", "4"),
        log);
  }

  private TestTenant tenantWithRooms(int count) {
    TestTenant created =
        TestTenant.create(serviceDb.dataSource(), PROJECT.ref(), count)
            .mirroredTo(
                serviceDb.dataSource(),
                supabase.baseUrl(PROJECT.ref()).toString(),
                PROJECT.keys().serviceRoleKey());
    hms.addApp(created.accessKey(), created.appSecret());
    created.rooms().forEach(room -> hms.addRoom(created.accessKey(), room));
    hms.configureWebhook(
        created.accessKey(),
        new WebhookSettings(
            URI.create("http://127.0.0.1:" + port + "/api/100ms/webhooks"),
            Map.of("X-Gravacoes-Webhook-Secret", ServiceEnvironment.WEBHOOK_SECRET)));
    return created;
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
}
