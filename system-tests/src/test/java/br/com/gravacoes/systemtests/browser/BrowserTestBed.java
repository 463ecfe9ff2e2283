package br.com.gravacoes.systemtests.browser;

import static java.util.stream.Collectors.joining;

import br.com.gravacoes.adapters.persistence.testing.TestDatabase;
import br.com.gravacoes.simulator.HmsSimulator;
import br.com.gravacoes.simulator.SimulatorSettings;
import br.com.gravacoes.simulator.WebhookSettings;
import br.com.gravacoes.systemtests.FileTrees;
import br.com.gravacoes.systemtests.Product;
import br.com.gravacoes.systemtests.RecordingClient;
import br.com.gravacoes.systemtests.ServiceEnvironment;
import br.com.gravacoes.systemtests.ServiceInstance;
import br.com.gravacoes.systemtests.TestTenant;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * What the browser tests run against: the packaged product on a fresh database, the 100ms simulator
 * sending its webhooks back to it, tenant {@code navegador} with six meetings and an
 * administrator's API client, and one headless Chromium that observes the pages' event streams.
 */
final class BrowserTestBed implements AutoCloseable {

  static final String TENANT = "navegador";
  static final int MEETINGS = 6;

  private TestDatabase serviceDb;
  private HmsSimulator hms;
  private ServiceInstance service;
  private TestTenant tenant;
  private RecordingClient api;
  private Path profile;
  private ChromeDriver driver;

  private BrowserTestBed() {}

  /**
   * Starts everything, with logs under {@code target/browser}; fails before the minute of booting
   * when the browser is not installed. Whatever started is closed again if a later part fails.
   */
  static BrowserTestBed start(Path target, Duration assetDelay) throws IOException {
    return start(target, assetDelay, List.of());
  }

  /**
   * As {@link #start(Path, Duration)}, with the product accepting calls from pages of {@code
   * corsOrigins} ({@code GRAVACOES_CORS_ALLOWED_ORIGINS}): other sites that embed the button.
   */
  static BrowserTestBed start(Path target, Duration assetDelay, List<URI> corsOrigins)
      throws IOException {
    HeadlessChromium.requireInstalled();
    BrowserTestBed bed = new BrowserTestBed();
    try {
      bed.boot(target, assetDelay, corsOrigins);
      return bed;
    } catch (IOException | RuntimeException e) {
      bed.close();
      throw e;
    }
  }

  private void boot(Path target, Duration assetDelay, List<URI> corsOrigins) throws IOException {
    serviceDb = TestDatabase.fresh();
    hms = HmsSimulator.start(SimulatorSettings.defaults().withAssetDelay(assetDelay));
    service =
        ServiceInstance.start(
            Product.find(),
            ServiceInstance.freePort(),
            corsOrigins.isEmpty()
                ? ServiceEnvironment.of(serviceDb, hms.apiBaseUrl())
                : ServiceEnvironment.of(serviceDb, hms.apiBaseUrl())
                    .with(
                        "GRAVACOES_CORS_ALLOWED_ORIGINS",
                        corsOrigins.stream().map(URI::toString).collect(joining(","))),
            target.resolve("browser/gravacoes.log"));
    System.out.println("[browser] serviço pronto em " + service.startup().toMillis() + " ms");
    tenant = TestTenant.create(serviceDb.dataSource(), TENANT, MEETINGS);
    hms.addApp(tenant.accessKey(), tenant.appSecret());
    tenant.rooms().forEach(room -> hms.addRoom(tenant.accessKey(), room));
    hms.configureWebhook(
        tenant.accessKey(),
        new WebhookSettings(
            service.baseUri().resolve("/api/100ms/webhooks"),
            Map.of("X-Gravacoes-Webhook-Secret", ServiceEnvironment.WEBHOOK_SECRET)));
    api =
        new RecordingClient(
            RecordingClient.newHttpClient(), service.baseUri(), tenant.adminToken());
    profile = Files.createTempDirectory("gravacoes-chromium-");
    driver = HeadlessChromium.start(profile, target.resolve("browser/chromedriver.log"));
    EventStreamProbe.install(driver);
  }

  HmsSimulator hms() {
    return hms;
  }

  ServiceInstance service() {
    return service;
  }

  TestTenant tenant() {
    return tenant;
  }

  /** The administrator's second session: calls the API over HTTP, outside the browser. */
  RecordingClient api() {
    return api;
  }

  ChromeDriver driver() {
    return driver;
  }

  @Override
  public void close() throws IOException {
    if (driver != null) {
      driver.quit();
    }
    if (service != null) {
      service.close();
    }
    if (hms != null) {
      hms.close();
    }
    if (serviceDb != null) {
      serviceDb.drop();
    }
    if (profile != null) {
      FileTrees.deleteTree(profile);
    }
  }
}
