package br.com.gravacoes.benchmarks;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/** Section A of the report: every drain, the ratio, and where the time of the first pair went. */
final class DrainTable {

  static final double TARGET_RATIO = 20;

  private final Markdown out;

  DrainTable(Markdown out) {
    this.out = out;
  }

  void print(BenchmarkOptions options, List<DrainPair> pairs) {
    out.line("## A. Drenagem de um backlog (%d tenants)", options.tenants());
    out.blank();
    out.line(
        "| execução | mudanças por pedido (máx.) | mudanças | gravações | pedidos recebidos"
            + " | linhas gravadas | tempo | mudanças/s | pedidos/s | razão |");
    out.line("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
    for (int i = 0; i < pairs.size(); i++) {
      String suffix = pairs.size() == 1 ? "" : " #" + (i + 1);
      DrainPair pair = pairs.get(i);
      row(pair.batched(), suffix, "");
      row(pair.perChange(), suffix, String.format(Locale.ROOT, "%.1f×", pair.ratio()));
    }
    out.blank();
    double ratio = DrainPair.medianRatio(pairs);
    DrainPair first = pairs.get(0);
    int verified =
        pairs.stream()
            .mapToInt(p -> p.batched().rowsVerified() + p.perChange().rowsVerified())
            .sum();
    out.line(
        "Razão (mudanças/s em lote ÷ mudanças/s com um pedido por mudança)%s: **%.1f×** (meta ≥"
            + " %.0f×: %s). Depois de cada drenagem o espelho foi conferido coluna a coluna: %d"
            + " linhas, todas iguais às locais.",
        pairs.size() == 1 ? "" : ", mediana dos " + pairs.size() + " pares",
        ratio,
        TARGET_RATIO,
        Markdown.met(ratio >= TARGET_RATIO),
        verified);
    out.line(
        "Backlog escrito antes, sem entregadores, fase a fase (todas as gravações confirmadas,"
            + " depois paradas...), até %d mudança(s) por gravação, em %s e %s no 1º par.%s Tempo"
            + " contado da primeira busca de trabalho de um entregador até a fila vazia; contando"
            + " da partida dos entregadores (a primeira busca vem %d ms depois), o 1º par levou %s"
            + " e %s.",
        options.changesPerRecording(),
        Markdown.seconds(first.batched().backlogBuild()),
        Markdown.seconds(first.perChange().backlogBuild()),
        first.batched().changes() == first.perChange().changes()
            ? ""
            : " A linha de base usa um backlog menor: a razão compara mudanças/s.",
        options.workers().pollInterval().toMillis(),
        Markdown.seconds(first.batched().sinceWorkersStarted()),
        Markdown.seconds(first.perChange().sinceWorkersStarted()));
    long failures =
        pairs.stream()
            .mapToLong(p -> p.batched().workerFailures() + p.perChange().workerFailures())
            .sum();
    if (failures > 0) {
      out.line("**Atenção:** %d rodadas de entrega com erro ou projeto indisponível.", failures);
    }
    out.blank();
    steps(first);
  }

  private void row(DrainResult run, String suffix, String ratio) {
    out.line(
        "| %s%s | %d | %d | %d | %d | %d | %s | %.0f | %.0f | %s |",
        run.label(),
        suffix,
        run.batchSize(),
        run.changes(),
        run.recordings(),
        run.requests(),
        run.rowsWritten(),
        Markdown.seconds(run.elapsed()),
        run.changesPerSecond(),
        run.requestsPerSecond(),
        ratio);
  }

  /** Each port call of the delivery, on the workers' threads: calls, mean, and summed time. */
  private void steps(DrainPair pair) {
    out.line(
        "Onde vai o tempo no 1º par (chamadas às portas do serviço de entrega, somadas nos"
            + " entregadores):");
    out.blank();
    out.line(
        "| passo | em lote: chamadas | média | soma | um por mudança: chamadas | média | soma |");
    out.line("| --- | ---: | ---: | ---: | ---: | ---: | ---: |");
    Set<String> names = new TreeSet<>(pair.batched().steps().keySet());
    names.addAll(pair.perChange().steps().keySet());
    StepTimes.Step none = new StepTimes.Step(0, Duration.ZERO);
    for (String name : names) {
      StepTimes.Step inBatches = pair.batched().steps().getOrDefault(name, none);
      StepTimes.Step oneByOne = pair.perChange().steps().getOrDefault(name, none);
      out.line(
          "| %s | %d | %s | %s | %d | %s | %s |",
          name,
          inBatches.calls(),
          Markdown.millis(inBatches.average()),
          Markdown.seconds(inBatches.total()),
          oneByOne.calls(),
          Markdown.millis(oneByOne.average()),
          Markdown.seconds(oneByOne.total()));
    }
    out.blank();
  }
}
