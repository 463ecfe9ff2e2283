package br.com.gravacoes.benchmarks;

import java.nio.file.Path;
import java.time.Duration;

/**
 * The benchmark's command-line flags ({@code --name value}), each with a default that keeps a full
 * run under about three minutes on a two-core machine.
 */
record BenchmarkOptions(
    int tenants,
    int backlog,
    int baselineBacklog,
    int warmupBacklog,
    int changesPerRecording,
    int repeat,
    int rate,
    Duration lagDuration,
    Duration lagWarmup,
    WorkerSettings workers,
    boolean drain,
    boolean lag,
    Path logFile) {

  static final String USAGE =
      """
      Uso: bin/benchmark-mirror [--flag valor]...
        --tenants N            tenants, um projeto Supabase cada (10)
        --backlog N            mudanças no backlog da drenagem em lote (10000)
        --baseline-backlog N   mudanças no backlog da drenagem um-pedido-por-mudança (10000)
        --warmup-backlog N     mudanças de aquecimento antes das medidas, não relatadas (400)
        --changes-per-recording N
                               mudanças de cada gravação no backlog: confirmar, parar,
                               completar, novas URLs... (4; 1 = nenhuma se junta a outra)
        --repeat N             pares de drenagens (em lote, um por mudança), alternados;
                               a razão relatada é a mediana dos pares (1)
        --rate N               mudanças por segundo no cenário de atraso (50)
        --lag-seconds N        duração do cenário de atraso (60)
        --lag-warmup-seconds N início do cenário de atraso fora das estatísticas (5)
        --workers N            entregadores (4)
        --poll-ms N            espera de um entregador ocioso (250)
        --batch N              mudanças por pedido no modo em lote (500)
        --batches-per-claim N  pedidos por reserva de um tenant (20)
        --lease-seconds N      prazo da reserva de um tenant (60)
        --only drain|lag       roda só um dos cenários
        --log-file CAMINHO     log do serviço, do EclipseLink e do PostgreSQL embutido
      """;

  static BenchmarkOptions parse(String... arguments) {
    Flags read = Flags.parse(arguments);
    String only = read.text("only", "");
    if (!only.isEmpty() && !only.equals("drain") && !only.equals("lag")) {
      throw new Flags.UsageException("--only aceita drain ou lag: " + only);
    }
    WorkerSettings workers =
        new WorkerSettings(
            read.positive("workers", 4),
            Duration.ofMillis(read.positive("poll-ms", 250)),
            read.positive("batch", 500),
            read.positive("batches-per-claim", 20),
            Duration.ofSeconds(read.positive("lease-seconds", 60)));
    BenchmarkOptions options =
        new BenchmarkOptions(
            read.positive("tenants", 10),
            read.positive("backlog", 10_000),
            read.positive("baseline-backlog", 10_000),
            read.atLeastZero("warmup-backlog", 400),
            read.positive("changes-per-recording", 4),
            read.positive("repeat", 1),
            read.positive("rate", 50),
            Duration.ofSeconds(read.positive("lag-seconds", 60)),
            Duration.ofSeconds(read.atLeastZero("lag-warmup-seconds", 5)),
            workers,
            !only.equals("lag"),
            !only.equals("drain"),
            Path.of(
                read.text(
                    "log-file",
                    Path.of(System.getProperty("java.io.tmpdir"), "benchmark-mirror.log")
                        .toString())));
    read.requireAllUsed();
    return options;
  }
}
