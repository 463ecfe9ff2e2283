package br.com.gravacoes.simulator;

import static br.com.gravacoes.simulator.ApiClient.ACCESS_KEY;
import static br.com.gravacoes.simulator.ApiClient.ROOM;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;

/**
 * A {@link ResetSimulatorTestBase} whose app sends its webhooks to a {@link WebhookReceiver}, with
 * retries 100 times faster than 100ms's.
 */
abstract class WebhookTestBase extends ResetSimulatorTestBase {

  static final String SECRET_HEADER = "X-Hms-Webhook-Secret";
  static final String SECRET_VALUE = "webhook-secret-value";
  static final Duration WAIT = Duration.ofSeconds(5);

  static WebhookReceiver receiver;

  @BeforeAll
  static void startReceiver() {
    receiver = WebhookReceiver.start();
    simulator.webhookRetryDelays(
        Duration.ofMillis(10), Duration.ofMillis(30), Duration.ofMillis(100));
  }

  @AfterAll
  static void stopReceiver() {
    receiver.close();
  }

  @BeforeEach
  void sendWebhooksToTheReceiver() {
    receiver.clear();
    simulator.configureWebhook(ACCESS_KEY, settings());
  }

  static WebhookSettings settings() {
    return new WebhookSettings(receiver.url(), Map.of(SECRET_HEADER, SECRET_VALUE));
  }

  /** Starts and stops a recording in {@link ApiClient#ROOM}, then waits for its asset event. */
  static String recordAndWaitForTheAsset(String assetEvent) {
    String id = api.startRecording();
    api.post("/recordings/room/" + ROOM + "/stop");
    simulator.webhooks().awaitDelivered(assetEvent, 1, WAIT);
    return id;
  }
}
