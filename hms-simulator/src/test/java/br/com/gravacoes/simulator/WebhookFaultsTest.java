package br.com.gravacoes.simulator;

import static br.com.gravacoes.simulator.ApiClient.ROOM;
import static br.com.gravacoes.simulator.ApiClient.json;
import static br.com.gravacoes.simulator.WebhookEvents.RECORDING_SUCCESS;
import static br.com.gravacoes.simulator.WebhookEvents.STARTED;
import static br.com.gravacoes.simulator.WebhookEvents.STOPPED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class WebhookFaultsTest extends WebhookTestBase {

  @Test
  void droppedWebhooksNeverArriveThoughTheRecordingCompletes() {
    simulator.faults().dropWebhooks(true);

    String id = api.startRecording();
    api.post("/recordings/room/" + ROOM + "/stop");

    assertThatThrownBy(
            () -> simulator.webhooks().awaitDelivered(STARTED, 1, Duration.ofMillis(300)))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining(STARTED);
    assertThat(receiver.received()).isEmpty();
    assertThat(simulator.webhooks().attempts()).isEmpty();
    assertThat(json(api.get("/recordings/" + id)).getString("status")).isEqualTo("completed");
  }

  @Test
  void duplicatedWebhooksArriveTwiceWithTheSameId() {
    simulator.faults().duplicateWebhooks(true);

    recordAndWaitForTheAsset(RECORDING_SUCCESS);
    simulator.webhooks().awaitDelivered(RECORDING_SUCCESS, 2, WAIT);

    assertThat(receiver.types())
        .containsExactly(STARTED, STARTED, STOPPED, STOPPED, RECORDING_SUCCESS, RECORDING_SUCCESS);
    List<WebhookReceiver.Received> received = receiver.received();
    for (int i = 0; i < received.size(); i += 2) {
      assertThat(received.get(i + 1).event()).isEqualTo(received.get(i).event());
    }
  }

  @Test
  void reversedWebhooksAreHeldUntilTheAssetThenArriveNewestFirst() {
    simulator.faults().reverseWebhookOrder(true);

    api.startRecording();
    await().during(Duration.ofMillis(200)).until(() -> receiver.received().isEmpty());
    api.post("/recordings/room/" + ROOM + "/stop");
    simulator.webhooks().awaitDelivered(STARTED, 1, WAIT);

    assertThat(receiver.types()).containsExactly(RECORDING_SUCCESS, STOPPED, STARTED);
  }

  @Test
  void aReplayResendsTheEventWithTheSameIdMarkedAsReplay() {
    recordAndWaitForTheAsset(RECORDING_SUCCESS);
    WebhookReceiver.Received original = receiver.first(STARTED);

    simulator.faults().replayWebhook(original.id());
    simulator.webhooks().awaitDelivered(STARTED, 2, WAIT);

    WebhookReceiver.Received replay = receiver.received().get(receiver.received().size() - 1);
    assertThat(replay.id()).isEqualTo(original.id());
    assertThat(replay.event().getBoolean("is_replay")).isTrue();
    assertThat(replay.data()).isEqualTo(original.data());
    assertThat(original.event().containsKey("is_replay")).isFalse();
  }

  @Test
  void replayingAnUnknownEventIsRefused() {
    assertThatThrownBy(() -> simulator.faults().replayWebhook("no-such-event"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("no-such-event");
  }

  @Test
  void clearingTheFaultsDeliversWebhooksNormallyAgain() {
    simulator.faults().dropWebhooks(true);
    simulator.faults().duplicateWebhooks(true);
    simulator.faults().reverseWebhookOrder(true);

    simulator.faults().clear();
    recordAndWaitForTheAsset(RECORDING_SUCCESS);

    assertThat(receiver.types()).containsExactly(STARTED, STOPPED, RECORDING_SUCCESS);
  }
}
