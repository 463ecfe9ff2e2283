package br.com.gravacoes.simulator;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Posts webhook events to each app's URL and retries failed attempts as 100ms does. One thread
 * sends everything, so events leave in the order they were produced unless a retry intervenes.
 */
final class WebhookSender implements AutoCloseable {

  private static final Duration ATTEMPT_TIMEOUT = Duration.ofSeconds(2);
  private static final List<Duration> RETRY_DELAYS =
      List.of(Duration.ofSeconds(1), Duration.ofSeconds(3), Duration.ofSeconds(10));
  private static final int NO_ANSWER = -1;

  private final Map<String, WebhookSettings> settingsByApp = new ConcurrentHashMap<>();
  // Originals, without is_replay, so that a replay can be replayed again.
  private final Map<String, WebhookEvent> eventsById = new ConcurrentHashMap<>();
  private final WebhookLog log = new WebhookLog();
  private final ScheduledExecutorService executor;
  // Bumped when the simulator is reset: sends of an older generation are abandoned, not logged.
  private final AtomicInteger generation = new AtomicInteger();
  private volatile List<Duration> retryDelays = RETRY_DELAYS;
  // Only touched by the executor's thread; created on the first delivery.
  private HttpClient http;

  WebhookSender() {
    executor = Executors.newSingleThreadScheduledExecutor(DaemonThreads.named("hms-webhooks-"));
  }

  void configure(String accessKey, WebhookSettings settings) {
    Objects.requireNonNull(accessKey, "accessKey");
    if (settings == null) {
      settingsByApp.remove(accessKey);
    } else {
      settingsByApp.put(accessKey, settings);
    }
  }

  boolean configured(String accessKey) {
    return settingsByApp.containsKey(accessKey);
  }

  void send(WebhookEvent event) {
    eventsById.put(event.id(), event);
    deliver(event);
  }

  void replay(String eventId) {
    WebhookEvent event = eventsById.get(eventId);
    if (event == null) {
      throw new IllegalArgumentException("no webhook event with id " + eventId);
    }
    deliver(event.replayed());
  }

  /** Runs {@code task} on the sending thread after {@code delay}; nothing once closed. */
  void later(Duration delay, Runnable task) {
    try {
      executor.schedule(task, Math.max(0, delay.toMillis()), TimeUnit.MILLISECONDS);
    } catch (RejectedExecutionException e) {
      // The simulator was closed in the meantime: nothing is sent any more.
    }
  }

  int generation() {
    return generation.get();
  }

  WebhookLog log() {
    return log;
  }

  void retryDelays(List<Duration> delays) {
    retryDelays = List.copyOf(delays);
  }

  /** Abandons pending sends and forgets every event; the settings stay. */
  void forget() {
    generation.incrementAndGet();
    eventsById.clear();
    log.clear();
  }

  @Override
  public void close() {
    // Interrupts an attempt in flight as well.
    executor.shutdownNow();
  }

  private void deliver(WebhookEvent event) {
    int sentIn = generation.get();
    later(Duration.ZERO, () -> attempt(event, 0, sentIn));
  }

  private void attempt(WebhookEvent event, int attempt, int sentIn) {
    WebhookSettings settings = settingsByApp.get(event.accessKey());
    if (settings == null || sentIn != generation.get()) {
      return;
    }
    int status;
    try {
      status = post(event, settings);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return;
    }
    if (sentIn != generation.get()) {
      return;
    }
    log.record(event.attempt(status, SimulatorState.now()));
    List<Duration> delays = retryDelays;
    if ((status < 200 || status >= 300) && attempt < delays.size()) {
      later(delays.get(attempt), () -> attempt(event, attempt + 1, sentIn));
    }
  }

  private int post(WebhookEvent event, WebhookSettings settings) throws InterruptedException {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(settings.url())
            .timeout(ATTEMPT_TIMEOUT)
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(event.body().toString()));
    settings.headers().forEach(request::header);
    try {
      return http().send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    } catch (IOException e) {
      return NO_ANSWER;
    }
  }

  private HttpClient http() {
    if (http == null) {
      // HTTP/1.1: the default would offer receivers an h2c upgrade that 100ms never asks for.
      http =
          HttpClient.newBuilder()
              .version(HttpClient.Version.HTTP_1_1)
              .connectTimeout(ATTEMPT_TIMEOUT)
              .build();
    }
    return http;
  }
}
