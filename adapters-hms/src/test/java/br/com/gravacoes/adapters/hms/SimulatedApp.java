package br.com.gravacoes.adapters.hms;

import br.com.gravacoes.domain.meeting.RoomId;
import br.com.gravacoes.domain.tenant.HmsCredentials;
import br.com.gravacoes.simulator.HmsSimulator;
import br.com.gravacoes.simulator.SimulatorSettings;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;

/**
 * One 100ms app with a room on the simulator, for one test class, and the adapter under test
 * pointed at it; the simulator forgets recordings and faults after each test.
 */
abstract class SimulatedApp {

  static final HmsCredentials APP =
      new HmsCredentials("adapter-test-key", "adapter-test-secret-of-at-least-32-bytes", null);
  static final RoomId ROOM = new RoomId("room_adapter");
  static HmsSimulator simulator;

  final HmsRecordingSessionAdapter hms = adapterFor(simulator.apiBaseUrl());

  @BeforeAll
  static void startSimulator() {
    simulator = HmsSimulator.start(SimulatorSettings.defaults());
    simulator.addApp(APP.appAccessKey(), APP.appSecret());
    simulator.addRoom(APP.appAccessKey(), ROOM.value());
  }

  @AfterAll
  static void stopSimulator() {
    simulator.close();
  }

  @AfterEach
  void forgetRecordingsAndFaults() {
    simulator.reset();
  }

  static HmsRecordingSessionAdapter adapterFor(URI baseUrl) {
    return new HmsRecordingSessionAdapter(
        new HmsRecordingClient(
            baseUrl, Duration.ofSeconds(1), Duration.ofMillis(800), 3600, Clock.systemUTC()));
  }
}
