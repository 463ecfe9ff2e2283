package br.com.gravacoes.benchmarks;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Measures the Supabase mirror's delivery against the PostgREST stand-in, with the real service
 * code end to end (JPA adapters and outbox on PostgreSQL, delivery service, MicroProfile Rest
 * Client), and prints the results as Markdown: how fast a backlog drains in batches compared with
 * one request per change, and the mirror's lag under a steady load. Not a test: the build never
 * runs it ({@code bin/benchmark-mirror} does).
 */
public final class MirrorBenchmark {

  private MirrorBenchmark() {}

  public static void main(String[] arguments) {
    BenchmarkOptions options =
        BenchmarkMain.optionsOrExit(arguments, BenchmarkOptions::parse, BenchmarkOptions.USAGE);
    LogFile.open(options.logFile());
    Progress.say("log do serviço em %s", options.logFile().toAbsolutePath());
    BenchmarkMain.runAndExit(() -> run(options));
  }

  private static void run(BenchmarkOptions options) {
    Machine machine = Machine.describe();
    WorkerSettings batched = options.workers();
    WorkerSettings perChange = batched.oneChangePerRequest();
    List<DrainPair> drains = new ArrayList<>();
    if (options.drain()) {
      if (options.warmupBacklog() > 0) {
        // Loads and compiles the code paths once, so the first measured run does not pay for it.
        drain("aquecimento", options.warmupBacklog(), batched, options);
        drain("aquecimento", options.warmupBacklog(), perChange, options);
      }
      // Interleaved, so that a burst of load from elsewhere on the machine hits both kinds alike.
      for (int round = 0; round < options.repeat(); round++) {
        drains.add(
            new DrainPair(
                drain("em lote", options.backlog(), batched, options),
                drain("um pedido por mudança", options.baselineBacklog(), perChange, options)));
      }
    }
    Optional<LagResult> lag = Optional.empty();
    if (options.lag()) {
      lag =
          Optional.of(
              LagScenario.run(
                  options.tenants(),
                  options.rate(),
                  options.lagDuration(),
                  options.lagWarmup(),
                  batched));
    }
    new Report(System.out, options).print(machine, drains, lag);
  }

  private static DrainResult drain(
      String label, int changes, WorkerSettings settings, BenchmarkOptions options) {
    return DrainScenario.run(
        label, options.tenants(), changes, options.changesPerRecording(), settings);
  }
}
