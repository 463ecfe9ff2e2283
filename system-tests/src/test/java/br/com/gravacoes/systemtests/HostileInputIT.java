package br.com.gravacoes.systemtests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import br.com.gravacoes.adapters.persistence.testing.TestDatabase;
import br.com.gravacoes.simulator.HmsSimulator;
import br.com.gravacoes.simulator.SimulatorSettings;
import br.com.gravacoes.systemtests.hostile.HostileCorpus;
import br.com.gravacoes.systemtests.hostile.HostileRun;
import jakarta.json.Json;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Issue 6 §3: a generated corpus of hostile requests against every endpoint of the packaged product
 * (one Payara Micro boot). Every answer must be a 4xx with a Portuguese JSON error and no stack
 * trace, and the database must hold exactly what it held before.
 */
class HostileInputIT {

  private static TestDatabase serviceDb;
  private static HmsSimulator hms;
  private static ServiceInstance service;
  private static TestTenant tenant;
  private static TestTenant otherTenant;
  private static String recordingId;

  @BeforeAll
  static void boot() throws Exception {
    serviceDb = TestDatabase.fresh();
    hms = HmsSimulator.start(SimulatorSettings.defaults());
    Path log = Files.createTempFile("gravacoes-hostile-", ".log");
    service =
        ServiceInstance.start(
            Product.find(),
            ServiceInstance.freePort(),
            ServiceEnvironment.of(serviceDb, hms.apiBaseUrl()),
            log);
    tenant = TestTenant.create(serviceDb.dataSource(), "fuzz-a", 2);
    otherTenant = TestTenant.create(serviceDb.dataSource(), "fuzz-b", 1);
    for (TestTenant each : new TestTenant[] {tenant, otherTenant}) {
      hms.addApp(each.accessKey(), each.appSecret());
      each.rooms().forEach(room -> hms.addRoom(each.accessKey(), room));
    }
    // One real recording, so that ids, rooms and settings under attack exist.
    RecordingClient api =
        new RecordingClient(
            RecordingClient.newHttpClient(), service.baseUri(), tenant.adminToken());
    RecordingClient.Answer started = api.start(tenant.rooms().get(0));
    assertThat(started.status()).as(started.body()).isEqualTo(200);
    recordingId =
        Json.createReader(new StringReader(started.body()))
            .readObject()
            .getJsonObject("recording")
            .getString("id");
    assertThat(api.stop(tenant.rooms().get(0)).status()).isEqualTo(200);
    // Background work settles first: the reconciler finishes the recording, the mirror drains.
    await()
        .atMost(Duration.ofSeconds(60))
        .pollInterval(Duration.ofMillis(250))
        .until(
            () ->
                count("SELECT count(*) FROM gravacoes WHERE status <> 'completed'") == 0
                    && count("SELECT count(*) FROM espelho_eventos") == 0);
  }

  @AfterAll
  static void tearDown() {
    if (service != null) {
      service.close();
    }
    if (hms != null) {
      hms.close();
    }
    if (serviceDb != null) {
      serviceDb.drop();
    }
  }

  @Test
  void everyHostileRequest_getsA4xxJsonErrorInPortuguese_andNoStoredDataChanges() throws Exception {
    HostileRun run =
        HostileRun.of(
            HostileCorpus.build(
                tenant.adminToken(),
                tenant.id(),
                otherTenant.adminToken(),
                tenant.rooms().get(1),
                recordingId,
                ServiceEnvironment.WEBHOOK_SECRET),
            service.port(),
            serviceDb.dataSource());

    run.report().forEach(System.out::println);
    assertThat(run.violations())
        .as("hostile answers that broke the rule; log " + service.log())
        .isEmpty();
    assertThat(run.changedTables()).as("tables changed by refused requests").isEmpty();
    assertThat(run.elapsed()).isLessThan(Duration.ofSeconds(60));
  }

  private static long count(String sql) throws SQLException {
    try (Connection connection = serviceDb.dataSource().getConnection();
        Statement statement = connection.createStatement();
        ResultSet result = statement.executeQuery(sql)) {
      result.next();
      return result.getLong(1);
    }
  }
}
