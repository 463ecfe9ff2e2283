package br.com.gravacoes.simulator;

import org.junit.jupiter.api.BeforeEach;

/** A {@link SimulatorTestBase} that forgets recordings and faults before each test. */
abstract class ResetSimulatorTestBase extends SimulatorTestBase {

  @BeforeEach
  void forgetRecordingsAndFaults() {
    simulator.reset();
  }
}
