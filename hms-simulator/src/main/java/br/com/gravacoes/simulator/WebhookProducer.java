package br.com.gravacoes.simulator;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns recording changes into webhook events for apps that have a webhook, applies the delivery
 * faults, and produces the asset event when post-processing ends, whether or not anyone asks.
 */
final class WebhookProducer implements RecordingListener {

  private final WebhookSender sender;
  private final WebhookEvents events;
  private final SimulatorFaults faults;
  private final Duration assetDelay;
  // Guarded by this: events held back while reverseWebhookOrder is on, oldest first.
  private final Map<String, List<WebhookEvent>> heldByRecording = new HashMap<>();

  WebhookProducer(
      WebhookSender sender, WebhookEvents events, SimulatorFaults faults, Duration assetDelay) {
    this.sender = sender;
    this.events = events;
    this.faults = faults;
    this.assetDelay = assetDelay;
  }

  @Override
  public void started(RecordingEntry entry) {
    if (sender.configured(entry.accessKey())) {
      emit(events.started(entry, SimulatorState.now()), false);
    }
  }

  @Override
  public void stopped(RecordingEntry entry, StopReason reason) {
    if (sender.configured(entry.accessKey())) {
      emit(events.stopped(entry, reason, SimulatorState.now()), false);
    }
    scheduleAssetOutcome(entry, sender.generation());
  }

  /** Forgets held events; asset events still scheduled are dropped. */
  synchronized void forget() {
    heldByRecording.clear();
    sender.forget();
  }

  private void scheduleAssetOutcome(RecordingEntry entry, int generation) {
    Duration left = Duration.between(SimulatorState.now(), entry.readyAt(assetDelay));
    sender.later(left, () -> assetOutcome(entry, generation));
  }

  private void assetOutcome(RecordingEntry entry, int generation) {
    if (generation != sender.generation()) {
      return;
    }
    // The timer's clock is not the wall clock: wait until GET answers the final status too.
    if (SimulatorState.now().isBefore(entry.readyAt(assetDelay))) {
      scheduleAssetOutcome(entry, generation);
      return;
    }
    if (sender.configured(entry.accessKey())) {
      emit(events.assetOutcome(entry, SimulatorState.now()), true);
    } else {
      release(entry.id());
    }
  }

  private synchronized void emit(WebhookEvent event, boolean finalEvent) {
    boolean dropped = faults.webhooksDropped();
    List<WebhookEvent> held = heldByRecording.get(event.recordingId());
    if (held == null && faults.webhookOrderReversed()) {
      held = new ArrayList<>();
      heldByRecording.put(event.recordingId(), held);
    }
    if (held == null) {
      if (!dropped) {
        send(event);
      }
      return;
    }
    if (!dropped) {
      held.add(event);
    }
    if (finalEvent) {
      release(event.recordingId());
    }
  }

  /** Sends what was held for the recording, newest first. */
  private synchronized void release(String recordingId) {
    List<WebhookEvent> held = heldByRecording.remove(recordingId);
    if (held != null) {
      Collections.reverse(held);
      held.forEach(this::send);
    }
  }

  private void send(WebhookEvent event) {
    sender.send(event);
    if (faults.webhooksDuplicated()) {
      sender.send(event);
    }
  }
}
