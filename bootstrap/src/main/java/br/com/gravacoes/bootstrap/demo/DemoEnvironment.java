package br.com.gravacoes.bootstrap.demo;

import br.com.gravacoes.application.port.out.HmsCredentialsRepository;
import br.com.gravacoes.application.port.out.MeetingRepository;
import br.com.gravacoes.domain.meeting.Meeting;
import br.com.gravacoes.domain.meeting.MeetingId;
import br.com.gravacoes.domain.meeting.RoomId;
import br.com.gravacoes.domain.tenant.HmsCredentials;
import br.com.gravacoes.domain.tenant.TenantId;
import br.com.gravacoes.simulator.HmsSimulator;
import br.com.gravacoes.simulator.SimulatorSettings;
import br.com.gravacoes.simulator.WebhookSettings;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The demo mode of the Run command ({@code gravacoes.demo.enabled=true}): starts the built-in 100ms
 * simulator inside the service and seeds a demo tenant, its 100ms credentials (accepted by the
 * simulator) and a demo meeting, so a recording can be started with one {@code curl}. Off by
 * default: a production deployment never runs it.
 */
@ApplicationScoped
public class DemoEnvironment {

  public static final TenantId TENANT = new TenantId("demo");
  public static final RoomId ROOM = new RoomId("sala-demo");
  public static final MeetingId MEETING =
      new MeetingId(UUID.fromString("00000000-0000-4000-8000-00000000de70"));
  public static final HmsCredentials CREDENTIALS =
      new HmsCredentials(
          "demo-access-key", "demo-app-secret-do-simulador-100ms-local", "demo-template");

  private static final Logger LOG = System.getLogger("gravacoes.demo");

  @Inject
  @ConfigProperty(name = "gravacoes.demo.enabled", defaultValue = "false")
  boolean enabled;

  @Inject
  @ConfigProperty(name = "gravacoes.demo.simulator-port", defaultValue = "8090")
  int simulatorPort;

  @Inject
  @ConfigProperty(name = "gravacoes.demo.asset-delay-ms", defaultValue = "3000")
  long assetDelayMs;

  /** Where the simulator delivers its webhooks: this service's webhook endpoint. */
  @Inject
  @ConfigProperty(name = "gravacoes.demo.webhook-url")
  Optional<URI> webhookUrl;

  @Inject
  @ConfigProperty(name = "gravacoes.webhook.header", defaultValue = "X-Gravacoes-Webhook-Secret")
  String webhookHeader;

  @Inject
  @ConfigProperty(name = "gravacoes.webhook.secret")
  Optional<String> webhookSecret;

  @Inject MeetingRepository meetings;
  @Inject HmsCredentialsRepository credentials;

  private HmsSimulator simulator;

  /** Runs after the schema migration, which observes the same event with an earlier priority. */
  void onStart(
      @Observes @Priority(Interceptor.Priority.APPLICATION) @Initialized(ApplicationScoped.class)
          Object event) {
    if (!enabled) {
      return;
    }
    simulator =
        HmsSimulator.start(
            SimulatorSettings.defaults()
                .withPort(simulatorPort)
                .withAssetDelay(Duration.ofMillis(assetDelayMs)));
    simulator.addApp(CREDENTIALS.appAccessKey(), CREDENTIALS.appSecret());
    simulator.addRoom(CREDENTIALS.appAccessKey(), ROOM.value());
    if (webhookUrl.isPresent() && webhookSecret.isPresent()) {
      simulator.configureWebhook(
          CREDENTIALS.appAccessKey(),
          new WebhookSettings(webhookUrl.get(), Map.of(webhookHeader, webhookSecret.get())));
    }
    credentials.save(TENANT, CREDENTIALS);
    meetings.save(new Meeting(MEETING, TENANT, ROOM, "Reunião de demonstração"));
    LOG.log(
        Level.INFO,
        "[Demo] Simulador 100ms em {0}; tenant {1}, sala {2}",
        simulator.apiBaseUrl(),
        TENANT,
        ROOM);
  }

  @PreDestroy
  void stop() {
    if (simulator != null) {
      simulator.close();
    }
  }
}
