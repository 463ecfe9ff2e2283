package br.com.gravacoes.simulator;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The command line of {@link HmsSimulatorMain}.
 *
 * @param apps and {@code rooms}: {@code accessKey:value} pairs split at the first colon
 */
record LaunchOptions(SimulatorSettings settings, List<Pair> apps, List<Pair> rooms) {

  static final int DEFAULT_PORT = 8090;
  static final String USAGE =
      "usage: java -jar hms-simulator.jar [--host 127.0.0.1] [--port 8090]"
          + " [--asset-delay-ms 0] [--public-base-url URL] [--app accessKey:secret]... [--room accessKey:roomId]...";

  /** An access key and the secret or room id that goes with it. */
  record Pair(String accessKey, String value) {}

  static LaunchOptions parse(String... args) {
    SimulatorSettings settings = SimulatorSettings.defaults().withPort(DEFAULT_PORT);
    List<Pair> apps = new ArrayList<>();
    List<Pair> rooms = new ArrayList<>();
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
        case "--app" -> apps.add(pair(option, value));
        case "--room" -> rooms.add(pair(option, value));
        default -> throw new IllegalArgumentException("unknown option " + option);
      }
    }
    return new LaunchOptions(settings, List.copyOf(apps), List.copyOf(rooms));
  }

  private static int integer(String option, String value) {
    try {
      return Integer.parseInt(value);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(option + " expects a number, got " + value, e);
    }
  }

  private static Pair pair(String option, String value) {
    int colon = value.indexOf(':');
    if (colon <= 0 || colon == value.length() - 1) {
      throw new IllegalArgumentException(option + " expects accessKey:value, got " + value);
    }
    return new Pair(value.substring(0, colon), value.substring(colon + 1));
  }
}
