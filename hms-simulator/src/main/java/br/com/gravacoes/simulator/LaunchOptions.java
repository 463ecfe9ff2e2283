package br.com.gravacoes.simulator;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The command line of {@link HmsSimulatorMain}.
 *
 * @param apps and {@code rooms}: {@code accessKey:value} pairs split at the first colon
 * @param webhooks by access key, each with every {@code --webhook-header}
 */
record LaunchOptions(
    SimulatorSettings settings,
    List<Pair> apps,
    List<Pair> rooms,
    Map<String, WebhookSettings> webhooks) {

  static final int DEFAULT_PORT = 8090;
  static final String USAGE =
      "usage: java -jar hms-simulator.jar [--host 127.0.0.1] [--port 8090]"
          + " [--asset-delay-ms 0] [--public-base-url URL] [--app accessKey:secret]..."
          + " [--room accessKey:roomId]... [--webhook accessKey=url]..."
          + " [--webhook-header Name:Value]...";

  /** An access key and the secret or room id that goes with it. */
  record Pair(String accessKey, String value) {}

  static LaunchOptions parse(String... args) {
    SimulatorSettings settings = SimulatorSettings.defaults().withPort(DEFAULT_PORT);
    List<Pair> apps = new ArrayList<>();
    List<Pair> rooms = new ArrayList<>();
    Map<String, URI> webhookUrls = new LinkedHashMap<>();
    Map<String, String> webhookHeaders = new LinkedHashMap<>();
    for (int i = 0; i < args.length; i += 2) {
      String option = args[i];
      if (i + 1 >= args.length) {
        throw new IllegalArgumentException("missing value for " + option);
      }
      String value = args[i + 1];
      switch (option) {
        case "--host" -> settings = settings.withHost(value);
        case "--port" -> settings = settings.withPort(integer(option, value));
        case "--asset-delay-ms" ->
            settings = settings.withAssetDelay(Duration.ofMillis(integer(option, value)));
        case "--public-base-url" -> settings = settings.withPublicBaseUrl(value);
        case "--app" -> apps.add(split(option, value, ':', "accessKey:value"));
        case "--room" -> rooms.add(split(option, value, ':', "accessKey:value"));
        case "--webhook" -> {
          Pair webhook = split(option, value, '=', "accessKey=url");
          webhookUrls.put(webhook.accessKey(), URI.create(webhook.value()));
        }
        case "--webhook-header" -> {
          Pair header = split(option, value, ':', "Name:Value");
          webhookHeaders.put(header.accessKey(), header.value());
        }
        default -> throw new IllegalArgumentException("unknown option " + option);
      }
    }
    if (webhookUrls.isEmpty() && !webhookHeaders.isEmpty()) {
      throw new IllegalArgumentException("--webhook-header needs a --webhook");
    }
    Map<String, WebhookSettings> webhooks = new LinkedHashMap<>();
    webhookUrls.forEach((key, url) -> webhooks.put(key, new WebhookSettings(url, webhookHeaders)));
    return new LaunchOptions(settings, List.copyOf(apps), List.copyOf(rooms), Map.copyOf(webhooks));
  }

  private static int integer(String option, String value) {
    try {
      return Integer.parseInt(value);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(option + " expects a number, got " + value, e);
    }
  }

  /** Splits at the first {@code separator}, so that the second half may contain it. */
  private static Pair split(String option, String value, char separator, String expected) {
    int at = value.indexOf(separator);
    if (at <= 0 || at == value.length() - 1) {
      throw new IllegalArgumentException(option + " expects " + expected + ", got " + value);
    }
    return new Pair(value.substring(0, at), value.substring(at + 1));
  }
}
