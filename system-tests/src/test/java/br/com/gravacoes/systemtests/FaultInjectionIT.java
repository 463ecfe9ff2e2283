package br.com.gravacoes.systemtests;

import static org.assertj.core.api.Assertions.assertThat;

import br.com.gravacoes.adapters.persistence.SchemaMigrations;
import br.com.gravacoes.adapters.persistence.testing.TestDatabase;
import br.com.gravacoes.postgrest.PostgrestStandIn;
import br.com.gravacoes.postgrest.SupabaseProject;
import br.com.gravacoes.postgrest.SupabaseTables;
import br.com.gravacoes.simulator.HmsSimulator;
import br.com.gravacoes.simulator.SimulatedOperation;
import br.com.gravacoes.simulator.SimulatorSettings;
import br.com.gravacoes.simulator.WebhookSettings;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Issue 6's fault-injection suite: two instances of the packaged product on one database take a
 * steady toggle load, requests alternating between them, while one fault after another hits them;
 * after each fault is cleared the end state must keep every promise ({@link EndState}), and no
 * reconciler or mirror work may have been done twice. Everything listens on loopback.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FaultInjectionIT {

  private static final int ROOMS_PER_TENANT = 6;
  private static final int LOAD_THREADS = 4;
  private static final Duration PAUSE = Duration.ofMillis(80);
  private static final Duration SETTLE = Duration.ofSeconds(60);

  private static final List<SupabaseProject> PROJECTS =
      List.of(
          SupabaseProject.withRandomSecret("falhas1"), SupabaseProject.withRandomSecret("falhas2"));

  private static final ToggleLedger LEDGER = new ToggleLedger();
  private static final MirrorOverlapProbe PROBE = new MirrorOverlapProbe(Duration.ofMillis(100));
  private static final AtomicInteger CASES = new AtomicInteger();
  private static final AtomicInteger FAULTS = new AtomicInteger();
  private static final Set<String> RECORDINGS_CHECKED = new HashSet<>();
  private static final List<Path> LOGS = new ArrayList<>();
  private static final long BEGAN = System.nanoTime();

  private static Path work;
  private static RestartablePostgres postgres;
  private static DataSource serviceDb;
  private static TestDatabase supabaseDb;
  private static PostgrestStandIn supabase;
  private static HmsSimulator hms;
  private static int portA;
  private static int portB;
  private static ServiceInstance instanceA;
  private static ServiceInstance instanceB;
  private static List<ToggleLoad.Room> rooms;
  private static EndState endState;
  private static EndStateReport last;

  @BeforeAll
  static void twoInstancesOnOneDatabase() throws Exception {
    work = Files.createTempDirectory("gravacoes-falhas-");
    postgres = RestartablePostgres.start(work.resolve("postgres"));
    postgres.createDatabase("gravacoes");
    serviceDb = postgres.dataSource("gravacoes");
    // Migrated before either instance boots, so the two never race for the schema.
    SchemaMigrations.apply(serviceDb);
    supabaseDb = TestDatabase.fresh();
    supabase = PostgrestStandIn.start(supabaseDb.dataSource());
    for (SupabaseProject project : PROJECTS) {
      SupabaseTables.createGravacoes(supabaseDb.dataSource(), project);
      supabase.addProject(project);
    }
    supabase.onWrite(PROBE);
    hms = HmsSimulator.start(SimulatorSettings.defaults().withAssetDelay(Duration.ofMillis(300)));
    portA = ServiceInstance.freePort();
    portB = ServiceInstance.freePort();

    List<ToggleLoad.Room> all = new ArrayList<>();
    List<MirrorTarget> mirrors = new ArrayList<>();
    Set<String> roomIds = new HashSet<>();
    for (int i = 0; i < PROJECTS.size(); i++) {
      SupabaseProject project = PROJECTS.get(i);
      // Each tenant's webhooks go to a different instance.
      TestTenant tenant = tenant(project, i == 0 ? portA : portB);
      RecordingClient client =
          new RecordingClient(
              RecordingClient.newHttpClient(),
              URI.create("http://127.0.0.1:" + portA),
              tenant.adminToken());
      List<RecordingClient> clients =
          List.of(client, client.at(URI.create("http://127.0.0.1:" + portB)));
      tenant.rooms().forEach(room -> all.add(new ToggleLoad.Room(room, clients)));
      roomIds.addAll(tenant.rooms());
      mirrors.add(
          new MirrorTarget(tenant.id(), supabaseDb.dataSource(), project.schema() + ".gravacoes"));
    }
    rooms = List.copyOf(all);
    endState = new EndState(serviceDb, hms, mirrors, roomIds);

    CompletableFuture<ServiceInstance> b = CompletableFuture.supplyAsync(() -> boot(portB, "b"));
    instanceA = boot(portA, "a");
    instanceB = b.join();
  }

  @AfterAll
  static void summary() {
    Duration took = Duration.ofNanos(System.nanoTime() - BEGAN);
    System.out.println("[faults] respostas " + LEDGER.tally());
    System.out.println(
        "[faults] cases="
            + CASES.get()
            + " faults injected="
            + FAULTS.get()
            + " recordings checked="
            + RECORDINGS_CHECKED.size()
            + " starts accepted="
            + LEDGER.acceptedStarts().size()
            + " stops accepted="
            + LEDGER.acceptedStops().size()
            + " mirror writes="
            + PROBE.writes()
            + " "
            + (last == null ? "(no end state checked)" : last.counts())
            + " took="
            + took.toSeconds()
            + "s");
    closeQuietly(instanceA);
    closeQuietly(instanceB);
    if (hms != null) {
      hms.close();
    }
    if (supabase != null) {
      supabase.close();
    }
    if (supabaseDb != null) {
      supabaseDb.drop();
    }
    if (postgres != null) {
      postgres.close();
    }
    deleteQuietly(work);
  }

  /** The embedded PostgreSQL's data directory is the test's own: nothing of it is kept. */
  private static void deleteQuietly(Path directory) {
    if (directory == null) {
      return;
    }
    try {
      FileTrees.deleteTree(directory);
    } catch (UncheckedIOException e) {
      System.out.println("[faults] " + directory + " não apagado: " + e.getMessage());
    }
  }

  @Test
  @Order(1)
  void twoInstancesAlternating_oneActiveRecordingPerRoom_andNoWorkDoneTwice() throws Exception {
    underLoad(
        "duas instâncias alternando",
        () -> {
          Thread.sleep(5000);
          return 1;
        });
  }

  @Test
  @Order(2)
  void simulatorAnswering5xx() throws Exception {
    underLoad(
        "100ms respondendo 5xx",
        () -> {
          int injected = 0;
          for (int round = 0; round < 5; round++) {
            hms.faults().failNext(SimulatedOperation.START, 2, 503);
            hms.faults().failNext(SimulatedOperation.STOP_ROOM, 2, 500);
            hms.faults().failNext(SimulatedOperation.GET_RECORDING, 2, 502);
            hms.faults().failNext(SimulatedOperation.LIST_RECORDINGS, 1, 504);
            injected += 7;
            Thread.sleep(1000);
          }
          return injected;
        });
  }

  @Test
  @Order(3)
  void simulatorTimingOut() throws Exception {
    // Longer than the service's 1 s read timeout: the outcome of a start is unknown to it.
    Duration hang = Duration.ofMillis(2500);
    underLoad(
        "100ms sem responder a tempo",
        () -> {
          int injected = 0;
          for (int round = 0; round < 3; round++) {
            hms.faults().hangNext(SimulatedOperation.START, 1, hang);
            hms.faults().hangNext(SimulatedOperation.STOP_ROOM, 1, hang);
            hms.faults().hangNext(SimulatedOperation.GET_RECORDING, 1, hang);
            injected += 3;
            Thread.sleep(2000);
          }
          return injected;
        });
  }

  @Test
  @Order(4)
  void simulatorAnswering409And404() throws Exception {
    underLoad(
        "100ms respondendo 409 e 404",
        () -> {
          int injected = 0;
          for (int round = 0; round < 4; round++) {
            hms.faults().failNext(SimulatedOperation.START, 2, 409);
            hms.faults().failNext(SimulatedOperation.STOP_ROOM, 2, 404);
            hms.faults().failNext(SimulatedOperation.GET_RECORDING, 1, 404);
            injected += 5;
            Thread.sleep(1500);
          }
          return injected;
        });
  }

  @Test
  @Order(5)
  void webhooksLostDuplicatedAndReordered() throws Exception {
    underLoad(
        "webhooks perdidos, duplicados e fora de ordem",
        () -> {
          hms.faults().dropWebhooks(true);
          Thread.sleep(3000);
          hms.faults().dropWebhooks(false);
          hms.faults().duplicateWebhooks(true);
          Thread.sleep(3000);
          hms.faults().duplicateWebhooks(false);
          hms.faults().reverseWebhookOrder(true);
          Thread.sleep(3000);
          return 3;
        });
  }

  @Test
  @Order(6)
  void supabaseDownForTheWholeLoad_thenBack() throws Exception {
    supabase.down();
    underLoad(
        "PostgREST fora do ar durante toda a carga",
        () -> {
          Thread.sleep(6000);
          return 1;
        });
  }

  @Test
  @Order(7)
  void oneInstanceKilledWithSigkill_andRestarted() throws Exception {
    underLoad(
        "kill -9 de uma instância e nova subida",
        true,
        () -> {
          Thread.sleep(3000);
          instanceA.kill();
          Thread.sleep(1000);
          instanceA = boot(portA, "a-reiniciada");
          Thread.sleep(2000);
          return 1;
        });
  }

  @Test
  @Order(8)
  void postgresRestarted() throws Exception {
    underLoad(
        "PostgreSQL reiniciado",
        () -> {
          Thread.sleep(3000);
          postgres.restart(Duration.ofSeconds(2));
          Thread.sleep(4000);
          return 1;
        });
  }

  /** One case: the load runs while {@code fault} does its work; then the faults are cleared. */
  private static void underLoad(String name, Fault fault) throws Exception {
    underLoad(name, false, fault);
  }

  /**
   * As {@link #underLoad(String, Fault)}; {@code boots} says the fault starts an instance, whose
   * container answers with its own pages (not the product's JSON) until the application is
   * deployed. Anywhere else such an answer is a failure that escaped the product.
   */
  private static void underLoad(String name, boolean boots, Fault fault) throws Exception {
    long began = System.nanoTime();
    CASES.incrementAndGet();
    Map<String, Integer> before = LEDGER.tally();
    int injected;
    ToggleLoad load = ToggleLoad.start(rooms, LOAD_THREADS, PAUSE, LEDGER);
    try {
      injected = fault.inject();
    } finally {
      load.close();
      hms.faults().clear();
      supabase.up();
    }
    FAULTS.addAndGet(injected);
    List<String> restless = load.settle(SETTLE);
    EndStateReport report = endState.await(LEDGER, SETTLE);
    last = report;
    RECORDINGS_CHECKED.addAll(endState.recordingIds());
    ReconcilerLogAudit reconciler = ReconcilerLogAudit.of(LOGS);
    System.out.printf(
        "[faults] %s: faults=%d %s reconciler work=%d mirror writes=%d took=%ds%n"
            + "[faults]   respostas %s%n",
        name,
        injected,
        report,
        reconciler.workDone(),
        PROBE.writes(),
        Duration.ofNanos(System.nanoTime() - began).toSeconds(),
        since(before));

    assertThat(restless).as("salas que não voltaram ao repouso").isEmpty();
    assertThat(report.problems()).as(report.counts()).isEmpty();
    assertThat(report.clean()).isTrue();
    assertThat(reconciler.doneTwice()).as("trabalho do reconciliador feito duas vezes").isEmpty();
    assertThat(PROBE.overlaps()).as("entregas simultâneas de um mesmo tenant").isEmpty();
    assertThat(LEDGER.unexpectedServerErrors()).as("respostas 5xx inesperadas").isEmpty();
    if (!boots) {
      assertThat(since(before).keySet())
          .as("respostas que não vieram do produto")
          .noneMatch(key -> key.endsWith(ToggleLedger.NOT_JSON));
    }
  }

  private static Map<String, Integer> since(Map<String, Integer> before) {
    Map<String, Integer> answers = new TreeMap<>();
    LEDGER
        .tally()
        .forEach(
            (key, count) -> {
              int added = count - before.getOrDefault(key, 0);
              if (added > 0) {
                answers.put(key, added);
              }
            });
    return answers;
  }

  private static ServiceInstance boot(int port, String name) {
    Path log = Path.of("target", "faults-" + name + ".log");
    try {
      // The service appends to its log: an earlier run's lines would be audited again.
      Files.deleteIfExists(log);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    synchronized (LOGS) {
      LOGS.add(log);
    }
    ServiceInstance instance =
        ServiceInstance.start(
            Product.find(),
            port,
            ServiceEnvironment.of(postgres.jdbcUrl("gravacoes"), hms.apiBaseUrl())
                .with("GRAVACOES_HMS_READ_TIMEOUT_MS", "1000")
                .with("GRAVACOES_HMS_CONNECT_TIMEOUT_MS", "500")
                .with("GRAVACOES_RECONCILER_ABANDONED_CLAIM_SECONDS", "4")
                .with("GRAVACOES_RECONCILER_ACTIVE_CHECK_SECONDS", "3")
                .with("GRAVACOES_RECONCILER_MAX_BACKOFF_SECONDS", "2")
                .with("GRAVACOES_RECONCILER_LEASE_SECONDS", "30")
                .with("GRAVACOES_RECONCILER_BATCH_SIZE", "10")
                .with("GRAVACOES_MIRROR_BATCH_SIZE", "5")
                .with("GRAVACOES_MIRROR_MAX_BACKOFF_SECONDS", "2")
                .with("GRAVACOES_MIRROR_CIRCUIT_OPEN_SECONDS", "2"),
            log);
    System.out.printf(
        "[faults] instância %s pronta em %ds%n", name, instance.startup().toSeconds());
    return instance;
  }

  private static TestTenant tenant(SupabaseProject project, int webhookPort) {
    TestTenant tenant =
        TestTenant.create(serviceDb, project.ref(), ROOMS_PER_TENANT)
            .mirroredTo(
                serviceDb,
                supabase.baseUrl(project.ref()).toString(),
                project.keys().serviceRoleKey());
    hms.addApp(tenant.accessKey(), tenant.appSecret());
    tenant.rooms().forEach(room -> hms.addRoom(tenant.accessKey(), room));
    hms.configureWebhook(
        tenant.accessKey(),
        new WebhookSettings(
            URI.create("http://127.0.0.1:" + webhookPort + "/api/100ms/webhooks"),
            Map.of("X-Gravacoes-Webhook-Secret", ServiceEnvironment.WEBHOOK_SECRET)));
    return tenant;
  }

  private static void closeQuietly(ServiceInstance instance) {
    if (instance != null && instance.isAlive()) {
      instance.close();
    }
  }

  /** A fault injected under load; returns how many faults it injected. */
  @FunctionalInterface
  private interface Fault {
    int inject() throws Exception;
  }
}
