package br.com.gravacoes.benchmarks;

import java.util.function.Function;

/**
 * What the benchmark programs' {@code main} methods share: the flags, the usage, the exit status.
 */
final class BenchmarkMain {

  /** A benchmark's work, once its options are read. */
  interface Work {
    void run() throws Exception;
  }

  private BenchmarkMain() {}

  /**
   * The options {@code parse} reads from {@code arguments}; on {@code --help} prints {@code usage}
   * and exits 0, on a bad flag prints the problem and the usage and exits 2.
   */
  static <T> T optionsOrExit(String[] arguments, Function<String[], T> parse, String usage) {
    try {
      return parse.apply(arguments);
    } catch (Flags.UsageException problem) {
      if (!problem.getMessage().isEmpty()) {
        System.err.println(problem.getMessage());
      }
      System.err.print(usage);
      System.exit(problem.getMessage().isEmpty() ? 0 : 2);
      throw problem;
    }
  }

  /**
   * Runs {@code work} and exits: 0 when it finished, 1 when it failed. Exiting also ends what is
   * left running (the embedded PostgreSQL, the stand-ins' threads are daemons or shutdown hooks).
   */
  static void runAndExit(Work work) {
    try {
      work.run();
    } catch (Exception failure) {
      Progress.say("FALHOU: %s", failure.getMessage());
      failure.printStackTrace();
      System.exit(1);
    }
    System.exit(0);
  }
}
