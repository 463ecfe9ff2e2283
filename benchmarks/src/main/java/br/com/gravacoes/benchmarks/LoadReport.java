package br.com.gravacoes.benchmarks;

import java.io.PrintStream;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** The load benchmark's report in Markdown: the table, the targets, pgbench's ceiling. */
final class LoadReport {

  private static final double TARGET_CYCLES_PER_SECOND = 400;
  private static final Duration TARGET_START_P99 = Duration.ofMillis(125);
  private static final long TARGET_RSS_MEGABYTES = 600;
  private static final Duration TARGET_READY = Duration.ofSeconds(15);

  private final Markdown out;

  LoadReport(PrintStream stream) {
    this.out = new Markdown(stream);
  }

  void print(
      Machine machine,
      LoadOptions options,
      Duration ready,
      List<LoadLevel> levels,
      Optional<List<PgbenchCeiling.Level>> ceiling,
      ProcessUsage simulator,
      long warmupErrors) {
    out.line("## Carga: ciclos iniciar+parar pelo HTTP");
    out.blank();
    machine.lines().forEach(line -> out.line("%s", line));
    out.line(
        "- aquecimento geral de %d s; depois, por nível, %d s de aquecimento + %d s medidos;"
            + " cada cliente alterna iniciar/parar na sua reunião, sem pausa",
        options.warmupAll().toSeconds(),
        options.warmup().toSeconds(),
        options.measured().toSeconds());
    out.line(
        "- serviço com -Xmx%dm; no simulador, o vídeo fica pronto %d ms depois da parada",
        options.heapMegabytes(), options.assetDelay().toMillis());
    out.blank();
    out.line(
        "| 100ms | clientes | ciclos/s | início p50 / p95 / p99 | parada p50 / p95 / p99 |"
            + " erros | CPU do serviço: núcleos / s por 1.000 ciclos / sem o JIT | RSS pico (desde a"
            + " subida) | assentou em |"
            + " estado final |");
    out.line("| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |");
    for (LoadLevel level : levels) {
      MeasuredLoad.Result load = level.load();
      out.line(
          "| %d ms | %d | %.0f | %s | %s | %d | %.2f / %.1f / %.1f | %d MB | %s | %s |",
          level.latencyMs(),
          load.clients(),
          load.cyclesPerSecond(),
          percentiles(load.start()),
          percentiles(load.stop()),
          load.errors(),
          level.cores(),
          level.cpuSecondsPerThousandCycles(),
          level.cpuSecondsPerThousandCyclesWithoutJit(),
          level.peakRssMegabytes(),
          Markdown.seconds(level.settle()),
          level.check().clean()
              ? "ok: " + level.check().recordingsChecked() + " gravações, espelho = local"
              : level.check().toString());
    }
    out.blank();
    levels.stream()
        .flatMap(level -> level.load().errorSamples().stream())
        .limit(5)
        .forEach(sample -> out.line("- erro: `%s`", sample));
    out.line(
        "Simulador 100ms (processo próprio): %s s de CPU no total.",
        String.format(java.util.Locale.ROOT, "%.1f", simulator.cpu().toMillis() / 1e3));
    out.blank();
    out.line("Erros no aquecimento geral: %d.", warmupErrors);
    out.blank();
    targets(ready, levels, warmupErrors);
    ceiling.ifPresent(found -> ceiling(found, levels));
  }

  private void targets(Duration ready, List<LoadLevel> levels, long warmupErrors) {
    out.line("### Metas");
    out.blank();
    out.line("| meta | medido | |");
    out.line("| --- | ---: | --- |");
    find(levels, 0, 32)
        .ifPresent(
            level ->
                out.line(
                    "| ≥ %.0f ciclos/s com 32 clientes e 0 ms | %.0f ciclos/s | %s |",
                    TARGET_CYCLES_PER_SECOND,
                    level.load().cyclesPerSecond(),
                    Markdown.met(level.load().cyclesPerSecond() >= TARGET_CYCLES_PER_SECOND)));
    find(levels, 100, 128)
        .ifPresent(
            level ->
                out.line(
                    "| início p99 ≤ %s com 128 clientes e 100 ms | %s | %s |",
                    Markdown.millis(TARGET_START_P99),
                    Markdown.millis(level.load().start().percentile(99)),
                    Markdown.met(
                        level.load().start().percentile(99).compareTo(TARGET_START_P99) <= 0)));
    long peak = levels.stream().mapToLong(LoadLevel::peakRssMegabytes).max().orElse(0);
    out.line(
        "| RSS pico < %d MB | %d MB | %s |",
        TARGET_RSS_MEGABYTES, peak, Markdown.met(peak < TARGET_RSS_MEGABYTES));
    out.line(
        "| pronto em ≤ %s | %s | %s |",
        Markdown.seconds(TARGET_READY),
        Markdown.seconds(ready),
        Markdown.met(ready.compareTo(TARGET_READY) <= 0));
    long errors = warmupErrors + levels.stream().mapToLong(level -> level.load().errors()).sum();
    boolean consistent = levels.stream().allMatch(level -> level.check().clean());
    out.line("| erros = 0 | %d | %s |", errors, Markdown.met(errors == 0));
    out.line(
        "| estado final conferido em todo nível | %s | %s |",
        consistent ? "sim" : "não", Markdown.met(consistent));
    out.blank();
  }

  private void ceiling(List<PgbenchCeiling.Level> ceiling, List<LoadLevel> levels) {
    out.line("### Teto do banco (pgbench com o SQL de um ciclo)");
    out.blank();
    out.line("| clientes | ciclos/s no pgbench | latência média | serviço (0 ms) / teto |");
    out.line("| ---: | ---: | ---: | ---: |");
    for (PgbenchCeiling.Level level : ceiling) {
      String ratio =
          find(levels, 0, level.clients())
              .map(
                  service ->
                      String.format(
                          java.util.Locale.ROOT,
                          "%.2f",
                          service.load().cyclesPerSecond() / level.cyclesPerSecond()))
              .orElse("–");
      out.line(
          "| %s | %.0f | %.1f ms | %s |",
          level.ran() == level.clients()
              ? Integer.toString(level.clients())
              : level.ran() + " (de " + level.clients() + ": max_connections)",
          level.cyclesPerSecond(),
          level.averageLatencyMs(),
          ratio);
    }
    out.blank();
  }

  private static Optional<LoadLevel> find(List<LoadLevel> levels, int latencyMs, int clients) {
    return levels.stream()
        .filter(level -> level.latencyMs() == latencyMs && level.load().clients() == clients)
        .findFirst();
  }

  private static String percentiles(Latencies latencies) {
    return Markdown.millis(latencies.percentile(50))
        + " / "
        + Markdown.millis(latencies.percentile(95))
        + " / "
        + Markdown.millis(latencies.percentile(99));
  }
}
