package br.com.gravacoes.simulator;

import static br.com.gravacoes.simulator.ApiClient.ACCESS_KEY;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WebhookShutdownTest {

  @Test
  void closingTheSimulatorAbandonsPendingRetries() {
    try (WebhookReceiver receiver = WebhookReceiver.start()) {
      HmsSimulator simulator = HmsSimulator.start(SimulatorSettings.defaults());
      ApiClient api = new ApiClient(simulator);
      simulator.webhookRetryDelays(Duration.ofMillis(200));
      simulator.configureWebhook(ACCESS_KEY, new WebhookSettings(receiver.url(), Map.of()));
      receiver.answerNext(500);

      api.startRecording();
      await().atMost(Duration.ofSeconds(5)).until(() -> receiver.received().size() == 1);
      simulator.close();

      await()
          .during(Duration.ofMillis(400))
          .atMost(Duration.ofSeconds(1))
          .until(() -> receiver.received().size() == 1);
    }
  }
}
