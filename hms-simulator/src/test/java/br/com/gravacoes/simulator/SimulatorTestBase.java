package br.com.gravacoes.simulator;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** Runs one default simulator, with {@link ApiClient}'s app and rooms, for a test class. */
abstract class SimulatorTestBase {

  static HmsSimulator simulator;
  static ApiClient api;

  @BeforeAll
  static void startSimulator() {
    simulator = HmsSimulator.start(SimulatorSettings.defaults());
    api = new ApiClient(simulator);
  }

  @AfterAll
  static void stopSimulator() {
    simulator.close();
  }
}
