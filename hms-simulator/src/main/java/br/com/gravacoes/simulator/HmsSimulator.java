package br.com.gravacoes.simulator;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;

/**
 * A real HTTP server speaking the part of the 100ms REST API v2 the product uses, and sending its
 * recording webhooks, for tests, demos and benchmarks.
 */
public final class HmsSimulator implements AutoCloseable {

  /** Room for bursts of connections from benchmarks; the JDK default is small. */
  private static final int BACKLOG = 256;

  private static final String NO_DELAY_PROPERTY = "sun.net.httpserver.nodelay";

  static {
    // The JDK server keeps Nagle's algorithm on unless told otherwise; with the client's delayed
    // ACK every
    // answer then waits about 40 ms. Read once, when the first HttpServer of the JVM is created.
    if (System.getProperty(NO_DELAY_PROPERTY) == null) {
      System.setProperty(NO_DELAY_PROPERTY, "true");
    }
  }

  private final HttpServer server;
  private final ExecutorService executor;
  private final SimulatorState state;
  private final WebhookSender webhookSender = new WebhookSender();
  private final SimulatorFaults faults = new SimulatorFaults(webhookSender::replay);
  private final WebhookProducer webhookProducer;
  private final URI apiBaseUrl;
  private final AtomicBoolean closed = new AtomicBoolean();

  private HmsSimulator(SimulatorSettings settings) throws IOException {
    byte[] video = SampleVideo.load();
    server = HttpServer.create(new InetSocketAddress(settings.host(), settings.port()), BACKLOG);
    String origin = "http://" + hostForUrl(settings.host()) + ":" + server.getAddress().getPort();
    apiBaseUrl = URI.create(origin + "/v2");
    String publicBaseUrl =
        settings.publicBaseUrl() == null ? origin : withoutTrailingSlash(settings.publicBaseUrl());

    UrlSigner signer = new UrlSigner(publicBaseUrl);
    webhookProducer =
        new WebhookProducer(
            webhookSender, new WebhookEvents(signer, video.length), faults, settings.assetDelay());
    state = new SimulatorState(settings.assetDelay(), faults::assetsFail, webhookProducer);
    RecordingJson json = new RecordingJson(settings.assetDelay(), video.length);
    List<Route> routes =
        Stream.concat(
                new RecordingsApi(state, json).routes().stream(),
                new AssetsApi(state, json, signer).routes().stream())
            .toList();
    server.createContext(
        "/v2", new ApiRouter(routes, faults, new ManagementTokenVerifier(state::secretOf)));
    server.createContext("/files/", new FilesHandler(signer, video));
    server.createContext(
        "/",
        exchange -> {
          try (exchange) {
            Exchanges.sendError(exchange, 404, "Not Found");
          }
        });
    executor = Executors.newCachedThreadPool(DaemonThreads.named("hms-simulator-"));
    server.setExecutor(executor);
  }

  /** Binds and starts a simulator; fails if the port is taken. */
  public static HmsSimulator start(SimulatorSettings settings) {
    try {
      HmsSimulator simulator = new HmsSimulator(settings);
      simulator.server.createContext("/_simulador", new ControlHandler(simulator));
      simulator.server.start();
      return simulator;
    } catch (IOException e) {
      throw new UncheckedIOException(
          "could not start the 100ms simulator on " + settings.host() + ":" + settings.port(), e);
    }
  }

  /** Base URL of the API, without trailing slash, e.g. {@code http://127.0.0.1:8090/v2}. */
  public URI apiBaseUrl() {
    return apiBaseUrl;
  }

  public int port() {
    return server.getAddress().getPort();
  }

  /** Registers a workspace app whose management tokens are accepted. */
  public void addApp(String accessKey, String appSecret) {
    state.addApp(accessKey, appSecret);
  }

  /** Registers a room of that app; other rooms answer 403. */
  public void addRoom(String accessKey, String roomId) {
    state.addRoom(accessKey, roomId);
  }

  public SimulatorFaults faults() {
    return faults;
  }

  /**
   * Sends the app's recording webhooks to {@code settings.url()} with its secret headers, or stops
   * sending them when {@code settings} is null.
   */
  public void configureWebhook(String accessKey, WebhookSettings settings) {
    webhookSender.configure(accessKey, settings);
  }

  /** Every webhook delivery attempt since the last reset. */
  public WebhookLog webhooks() {
    return webhookSender.log();
  }

  /**
   * Ends the room's session as when its last peer leaves: what records there stops with reason
   * {@code last peer left}, whatever the app. Nothing happens when nothing records there.
   */
  public void endSession(String roomId) {
    state.endSession(roomId);
  }

  /** Every recording, oldest first, with the status it has now. */
  public List<SimulatedRecording> recordings() {
    return state.snapshots();
  }

  /** The recordings still running in that room, whatever the app. */
  public List<SimulatedRecording> runningRecordings(String roomId) {
    return recordings().stream()
        .filter(recording -> recording.roomId().equals(roomId))
        .filter(recording -> RecordingEntry.RUNNING.equals(recording.status()))
        .toList();
  }

  /**
   * Forgets recordings, faults and webhook deliveries (pending ones are abandoned); apps, rooms and
   * webhook settings stay.
   */
  public void reset() {
    state.forgetRecordings();
    faults.clear();
    webhookProducer.forget();
  }

  /** Replaces the 1 s, 3 s, 10 s between webhook attempts, so tests need not wait for them. */
  void webhookRetryDelays(Duration... delays) {
    webhookSender.retryDelays(List.of(delays));
  }

  @Override
  public void close() {
    if (closed.compareAndSet(false, true)) {
      server.stop(0);
      // Interrupts requests held by latency or hang faults.
      executor.shutdownNow();
      webhookSender.close();
    }
  }

  private static String hostForUrl(String host) {
    return host.contains(":") && !host.startsWith("[") ? "[" + host + "]" : host;
  }

  private static String withoutTrailingSlash(String url) {
    return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
  }
}
