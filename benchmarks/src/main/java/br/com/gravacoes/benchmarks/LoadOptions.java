package br.com.gravacoes.benchmarks;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;

/** The load benchmark's command-line flags, each with a default that keeps a run near 8 minutes. */
record LoadOptions(
    List<Integer> clients,
    List<Integer> latenciesMs,
    Duration warmupAll,
    Duration warmup,
    Duration measured,
    Duration pgbenchDuration,
    Duration assetDelay,
    int heapMegabytes,
    boolean pgbench,
    boolean flightRecorder,
    Path workDirectory) {

  static final String USAGE =
      """
      Uso: bin/benchmark-load [--flag valor]...
        --clients 8,32,128      clientes simultâneos, um nível de carga cada
        --latencies-ms 0,100    latência do simulador 100ms em cada chamada da API
        --warmup-all-seconds N  aquecimento geral antes do primeiro nível, com 1/4 dos
                                clientes e latência 0 (120)
        --warmup-seconds N      início de cada nível fora das medidas (5)
        --seconds N             janela medida de cada nível (20)
        --pgbench-seconds N     duração de cada nível do pgbench (10)
        --asset-delay-ms N      o vídeo fica pronto N ms depois da parada (0: a parada já o
                                encontra e conclui a gravação; com mais, quem conclui é o
                                webhook, e o simulador manda os webhooks por uma só thread)
        --heap-mb N             heap máximo do serviço, -Xmx (512, o do bin/run)
        --pgbench sim|nao       mede o teto do banco com pgbench (sim)
        --jfr sim|nao           grava um Flight Recorder do serviço (nao)
        --dir CAMINHO           logs e gravações do JFR (benchmarks/target/load)
      """;

  static LoadOptions parse(String... arguments) {
    Flags read = Flags.parse(arguments);
    LoadOptions options =
        new LoadOptions(
            numbers(read.text("clients", "8,32,128")),
            numbers(read.text("latencies-ms", "0,100")),
            Duration.ofSeconds(read.atLeastZero("warmup-all-seconds", 120)),
            Duration.ofSeconds(read.atLeastZero("warmup-seconds", 5)),
            Duration.ofSeconds(read.positive("seconds", 20)),
            Duration.ofSeconds(read.positive("pgbench-seconds", 10)),
            Duration.ofMillis(read.atLeastZero("asset-delay-ms", 0)),
            read.positive("heap-mb", 512),
            yes(read.text("pgbench", "sim")),
            yes(read.text("jfr", "nao")),
            Path.of(read.text("dir", "benchmarks/target/load")));
    read.requireAllUsed();
    return options;
  }

  int maxClients() {
    return clients.stream().mapToInt(Integer::intValue).max().orElseThrow();
  }

  private static List<Integer> numbers(String list) {
    try {
      List<Integer> values =
          Arrays.stream(list.split(",")).map(String::strip).map(Integer::valueOf).toList();
      if (values.isEmpty() || values.stream().anyMatch(value -> value < 0)) {
        throw new Flags.UsageException("lista inválida: " + list);
      }
      return values;
    } catch (NumberFormatException e) {
      throw new Flags.UsageException("lista de números inválida: " + list);
    }
  }

  private static boolean yes(String value) {
    return switch (value) {
      case "sim", "yes", "true" -> true;
      case "nao", "não", "no", "false" -> false;
      default -> throw new Flags.UsageException("esperava sim ou nao: " + value);
    };
  }
}
