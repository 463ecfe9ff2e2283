package br.com.gravacoes.benchmarks;

import java.io.PrintStream;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** The results as Markdown: the machine, one section per scenario, and the targets met or not. */
final class Report {

  static final Duration TARGET_P99 = Duration.ofSeconds(2);

  private final Markdown out;
  private final BenchmarkOptions options;

  Report(PrintStream out, BenchmarkOptions options) {
    this.out = new Markdown(out);
    this.options = options;
  }

  void print(Machine machine, List<DrainPair> drains, Optional<LagResult> lag) {
    machine(machine);
    if (!drains.isEmpty()) {
      new DrainTable(out).print(options, drains);
    }
    lag.ifPresent(this::lag);
    targets(drains, lag);
  }

  private void machine(Machine machine) {
    WorkerSettings workers = options.workers();
    out.line("## Ambiente");
    out.blank();
    machine.lines().forEach(out::line);
    out.line(
        "- entregadores: %d, espera ociosa %d ms, lote %d, %d pedidos por reserva, reserva %d s;"
            + " PostgREST stand-in com 16 threads e 8 conexões",
        workers.workers(),
        workers.pollInterval().toMillis(),
        workers.batchSize(),
        workers.batchesPerClaim(),
        workers.lease().toSeconds());
    out.blank();
  }

  private void lag(LagResult lag) {
    out.line("## B. Atraso do espelho sob carga constante (%d tenants)", options.tenants());
    out.blank();
    out.line(
        "| mudanças/s pedidas | obtidas | duração | mudanças medidas | p50 | p95 | p99 | máx."
            + " | sem entrega |");
    out.line("| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
    Lags measured = lag.measured();
    out.line(
        "| %d | %.1f | %d s (%d s iniciais fora) | %d | %s | %s | %s | %s | %d |",
        lag.rate(),
        lag.achievedRate(),
        lag.duration().toSeconds(),
        lag.warmup().toSeconds(),
        measured.count(),
        Markdown.millis(measured.percentile(50)),
        Markdown.millis(measured.percentile(95)),
        Markdown.millis(measured.percentile(99)),
        Markdown.millis(measured.max()),
        measured.unmatched());
    out.blank();
    out.line(
        "p99 %s (meta < %d s: %s). Entregues antes de `update` retornar (atraso 0): %d. Nos %d s"
            + " iniciais, fora da tabela: %d mudanças, p99 %s, máx. %s. Pedidos recebidos: %d,"
            + " linhas gravadas: %d; espelho conferido: %d linhas iguais às locais.",
        Markdown.millis(measured.percentile(99)),
        TARGET_P99.toSeconds(),
        Markdown.met(lagMet(lag)),
        measured.beforeReturn(),
        lag.warmup().toSeconds(),
        lag.warmupLags().count(),
        Markdown.millis(lag.warmupLags().percentile(99)),
        Markdown.millis(lag.warmupLags().max()),
        lag.requests(),
        lag.rowsWritten(),
        lag.rowsVerified());
    if (lag.workerFailures() > 0) {
      out.line(
          "**Atenção:** %d rodadas de entrega com erro ou projeto indisponível.",
          lag.workerFailures());
    }
    out.blank();
  }

  private void targets(List<DrainPair> drains, Optional<LagResult> lag) {
    out.line("## Metas");
    out.blank();
    out.line("| meta | medido | resultado |");
    out.line("| --- | ---: | --- |");
    if (!drains.isEmpty()) {
      double ratio = DrainPair.medianRatio(drains);
      out.line(
          "| backlog de %d mudanças em %d tenants drena ≥ %.0f× mais rápido que um pedido por"
              + " mudança | %.1f× | %s |",
          drains.get(0).batched().changes(),
          options.tenants(),
          DrainTable.TARGET_RATIO,
          ratio,
          Markdown.met(ratio >= DrainTable.TARGET_RATIO));
    }
    lag.ifPresent(
        run ->
            out.line(
                "| a %d mudanças/s constantes, p99 do atraso < %d s | %s | %s |",
                run.rate(),
                TARGET_P99.toSeconds(),
                Markdown.millis(run.measured().percentile(99)),
                Markdown.met(lagMet(run))));
    out.blank();
  }

  private static boolean lagMet(LagResult lag) {
    return lag.measured().unmatched() == 0
        && lag.measured().percentile(99).compareTo(TARGET_P99) < 0;
  }
}
