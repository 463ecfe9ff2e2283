package br.com.gravacoes.simulator;

/** Runs the simulator as its own process, for benchmarks and manual tries. */
public final class HmsSimulatorMain {

  private HmsSimulatorMain() {}

  public static void main(String[] args) {
    LaunchOptions options;
    try {
      options = LaunchOptions.parse(args);
    } catch (IllegalArgumentException e) {
      System.err.println(e.getMessage());
      System.err.println(LaunchOptions.USAGE);
      System.exit(2);
      return;
    }
    HmsSimulator simulator = HmsSimulator.start(options.settings());
    options.apps().forEach(app -> simulator.addApp(app.accessKey(), app.value()));
    options.rooms().forEach(room -> simulator.addRoom(room.accessKey(), room.value()));
    options.webhooks().forEach(simulator::configureWebhook);
    Runtime.getRuntime().addShutdownHook(new Thread(simulator::close, "hms-simulator-shutdown"));
    // main returns here; the server's own dispatcher thread is not a daemon and keeps the process
    // up.
    System.out.println("[Simulador 100ms] ouvindo em " + simulator.apiBaseUrl());
  }
}
