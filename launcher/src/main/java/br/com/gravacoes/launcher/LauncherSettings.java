package br.com.gravacoes.launcher;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/** What the launcher reads from the environment, with the defaults of a developer's machine. */
record LauncherSettings(
    int httpPort,
    Optional<String> databaseUrl,
    Path dataDirectory,
    int embeddedDatabasePort,
    Optional<String> hmsBaseUrl,
    int simulatorPort,
    Optional<Boolean> demoRequested) {

  static LauncherSettings from(Map<String, String> env) {
    return new LauncherSettings(
        intValue(env, "GRAVACOES_HTTP_PORT", 8080),
        text(env, "GRAVACOES_DB_URL"),
        Path.of(text(env, "GRAVACOES_DATA_DIR").orElse(".data")).toAbsolutePath(),
        intValue(env, "GRAVACOES_EMBEDDED_DB_PORT", 54329),
        text(env, "GRAVACOES_HMS_BASE_URL"),
        intValue(env, "GRAVACOES_DEMO_SIMULATOR_PORT", 8090),
        text(env, "GRAVACOES_DEMO_ENABLED").map(Boolean::parseBoolean));
  }

  /**
   * The built-in simulator with a demo tenant: when asked for (GRAVACOES_DEMO_ENABLED), or when
   * nothing is configured. A configured database never gets demo rows unless asked for, and a
   * configured 100ms is never replaced by the simulator.
   */
  boolean demoMode() {
    if (hmsBaseUrl.isPresent()) {
      return false;
    }
    return demoRequested.orElse(databaseUrl.isEmpty());
  }

  private static Optional<String> text(Map<String, String> env, String name) {
    return Optional.ofNullable(env.get(name)).map(String::strip).filter(v -> !v.isEmpty());
  }

  private static int intValue(Map<String, String> env, String name, int fallback) {
    Optional<String> value = text(env, name);
    try {
      return value.map(Integer::parseInt).orElse(fallback);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(name + " deve ser um número: " + value.get(), e);
    }
  }
}
