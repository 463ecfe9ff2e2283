package br.com.gravacoes.benchmarks;

import br.com.gravacoes.adapters.persistence.testing.TestDatabase;
import br.com.gravacoes.postgrest.PostgrestStandIn;
import br.com.gravacoes.postgrest.SupabaseProject;
import br.com.gravacoes.postgrest.SupabaseTables;
import br.com.gravacoes.systemtests.EndState;
import br.com.gravacoes.systemtests.EndStateReport;
import br.com.gravacoes.systemtests.MirrorTarget;
import br.com.gravacoes.systemtests.Product;
import br.com.gravacoes.systemtests.RecordingClient;
import br.com.gravacoes.systemtests.ServiceEnvironment;
import br.com.gravacoes.systemtests.ServiceInstance;
import br.com.gravacoes.systemtests.TestTenant;
import br.com.gravacoes.systemtests.ToggleLedger;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The service under toggle load, as production runs it: the packaged product (Payara Micro with the
 * WAR) on PostgreSQL, the 100ms simulator in its own process, the PostgREST stand-in as the
 * tenant's Supabase. Clients start and stop recordings over HTTP at several concurrency levels and
 * simulator latencies; the report (Markdown, on standard output) gives cycles/s, latency
 * percentiles, errors, the end-state check, the service's CPU and peak memory, and pgbench's
 * ceiling for the same SQL. Not a test: {@code bin/benchmark-load} runs it.
 */
public final class LoadBenchmark {

  private static final String TENANT = "bench-load";

  private LoadBenchmark() {}

  public static void main(String[] arguments) {
    LoadOptions options =
        BenchmarkMain.optionsOrExit(arguments, LoadOptions::parse, LoadOptions.USAGE);
    BenchmarkMain.runAndExit(() -> run(options));
  }

  private static void run(LoadOptions options) throws Exception {
    Path dir = options.workDirectory().toAbsolutePath();
    Files.createDirectories(dir);
    Machine machine = Machine.describe();
    SupabaseProject project = SupabaseProject.withRandomSecret(TENANT);
    TestDatabase serviceDb = TestDatabase.fresh();
    TestDatabase supabaseDb = null;
    List<LoadLevel> levels = new ArrayList<>();
    ProcessUsage simulatorUsage;
    Duration ready;
    long warmupErrors = 0;
    try {
      supabaseDb = TestDatabase.fresh();
      SupabaseTables.createGravacoes(supabaseDb.dataSource(), project);
      try (PostgrestStandIn supabase = PostgrestStandIn.start(supabaseDb.dataSource());
          SimulatorProcess simulator =
              SimulatorProcess.start(
                  ServiceInstance.freePort(), options.assetDelay(), dir.resolve("simulador.log"))) {
        supabase.addProject(project);
        int port = ServiceInstance.freePort();
        List<String> jvm = new ArrayList<>(List.of("-Xmx" + options.heapMegabytes() + "m"));
        if (options.flightRecorder()) {
          jvm.add(
              "-XX:StartFlightRecording=filename="
                  + dir.resolve("servico.jfr")
                  + ",settings=profile");
        }
        // The tenant exists before the service starts, as in production: its 100ms secret, written
        // here in plain text, is sealed by the service's startup like any legacy row.
        serviceDb.migrate();
        TestTenant tenant =
            TestTenant.create(serviceDb.dataSource(), TENANT, options.maxClients())
                .mirroredTo(
                    serviceDb.dataSource(),
                    supabase.baseUrl(project.ref()).toString(),
                    project.keys().serviceRoleKey());
        Progress.say("subindo o serviço (Payara Micro) na porta %d; log em %s", port, dir);
        try (ServiceInstance service =
            ServiceInstance.start(
                Product.find(),
                port,
                productionLike(serviceDb, simulator.apiBaseUrl()),
                dir.resolve("servico.log"),
                jvm)) {
          Progress.say("pronto em %s", Markdown.seconds(service.startup()));
          simulator.addApp(tenant.accessKey(), tenant.appSecret());
          tenant.rooms().forEach(room -> simulator.addRoom(tenant.accessKey(), room));
          simulator.configureWebhook(
              tenant.accessKey(),
              URI.create("http://127.0.0.1:" + port + "/api/100ms/webhooks"),
              "X-Gravacoes-Webhook-Secret",
              ServiceEnvironment.WEBHOOK_SECRET);
          RecordingClient client =
              new RecordingClient(
                  RecordingClient.newHttpClient(), service.baseUri(), tenant.adminToken());

          ToggleLedger ledger = new ToggleLedger();
          EndState endState =
              new EndState(
                  serviceDb.dataSource(),
                  simulator::recordings,
                  List.of(
                      new MirrorTarget(
                          tenant.id(), supabaseDb.dataSource(), project.schema() + ".gravacoes")),
                  Set.copyOf(tenant.rooms()));
          if (!options.warmupAll().isZero()) {
            // The JIT compiler keeps working for a minute or more under load: measure after it.
            Progress.say(
                "aquecimento geral: %d clientes por %d s",
                options.maxClients() / 4, options.warmupAll().toSeconds());
            warmupErrors =
                MeasuredLoad.run(
                        client,
                        tenant.rooms().subList(0, Math.max(1, options.maxClients() / 4)),
                        options.warmupAll(),
                        Duration.ofSeconds(1),
                        ledger,
                        service.pid())
                    .errors();
          }
          for (int latency : options.latenciesMs()) {
            simulator.latency(Duration.ofMillis(latency));
            for (int clients : options.clients()) {
              levels.add(
                  level(options, service, client, tenant, clients, latency, ledger, endState));
            }
          }
          simulatorUsage = ProcessUsage.of(simulator.pid());
          ready = service.startup();
        }
      }
      // With the service and the simulator gone, so that nothing else competes for the machine.
      Optional<List<PgbenchCeiling.Level>> ceiling = Optional.empty();
      Optional<Path> pgbench = PgbenchCeiling.pgbench();
      if (options.pgbench() && pgbench.isPresent()) {
        ceiling =
            Optional.of(
                PgbenchCeiling.measure(
                    pgbench.get(), serviceDb, options.clients(), options.pgbenchDuration(), dir));
      } else if (options.pgbench()) {
        Progress.say("pgbench não encontrado no PATH: teto do banco não medido");
      }
      new LoadReport(System.out)
          .print(machine, options, ready, levels, ceiling, simulatorUsage, warmupErrors);
    } finally {
      serviceDb.drop();
      if (supabaseDb != null) {
        supabaseDb.drop();
      }
    }
  }

  private static LoadLevel level(
      LoadOptions options,
      ServiceInstance service,
      RecordingClient client,
      TestTenant tenant,
      int clients,
      int latency,
      ToggleLedger ledger,
      EndState endState)
      throws InterruptedException {
    Progress.say(
        "%d clientes, latência do 100ms %d ms: %d s de aquecimento + %d s medidos",
        clients, latency, options.warmup().toSeconds(), options.measured().toSeconds());
    MeasuredLoad.Result result =
        MeasuredLoad.run(
            client,
            tenant.rooms().subList(0, clients),
            options.warmup(),
            options.measured(),
            ledger,
            service.pid());
    long settling = System.nanoTime();
    EndStateReport check = endState.await(ledger, Duration.ofMinutes(3));
    Duration settle = Duration.ofNanos(System.nanoTime() - settling);
    ProcessUsage usage = ProcessUsage.of(service.pid());
    Progress.say(
        "  %.1f ciclos/s, início p99 %s, erros %d, %s (assentou em %s)",
        result.cyclesPerSecond(),
        Markdown.millis(result.start().percentile(99)),
        result.errors(),
        check.clean() ? "estado final conferido" : "PROBLEMAS: " + check,
        Markdown.seconds(settle));
    return new LoadLevel(
        latency,
        result,
        result.serviceCpu(),
        result.cycles(),
        usage.peakRssMegabytes(),
        check,
        settle);
  }

  /** The service's own defaults for its background work, as a production deployment runs. */
  private static ServiceEnvironment productionLike(TestDatabase database, URI hms) {
    return ServiceEnvironment.of(database, hms)
        .without("GRAVACOES_RECONCILER_INTERVAL_MS")
        .without("GRAVACOES_RECONCILER_FIRST_BACKOFF_MS")
        .without("GRAVACOES_MIRROR_POLL_INTERVAL_MS")
        .without("GRAVACOES_MIRROR_CONNECT_TIMEOUT_MS")
        .without("GRAVACOES_MIRROR_READ_TIMEOUT_MS")
        .without("GRAVACOES_MIRROR_LEASE_SECONDS");
  }
}
