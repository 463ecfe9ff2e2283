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
    BenchmarkOptions options;
    try {
      options = BenchmarkOptions.parse(arguments);
    } catch (Flags.UsageException usage) {
      if (!usage.getMessage().isEmpty()) {
        System.err.println(usage.getMessage());
      }
      System.err.print(BenchmarkOptions.USAGE);
      System.exit(usage.getMessage().isEmpty() ? 0 : 2);
      return;
    }
    LogFile.open(options.logFile());
    Progress.say("log do serviço em %s", options.logFile().toAbsolutePath());
    try {
      run(options);
    } catch (RuntimeException failure) {
      Progress.say("FALHOU: %s", failure.getMessage());
      failure.printStackTrace();
      System.exit(1);
    }
    // The embedded PostgreSQL and the stand-ins' threads are daemons or closed by shutdown hooks.
    System.exit(0);
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
