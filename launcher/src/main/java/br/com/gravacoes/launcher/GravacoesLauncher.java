package br.com.gravacoes.launcher;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/**
 * The Run command. With nothing configured it starts an embedded PostgreSQL (data under {@code
 * .data/postgres}) and the demo mode (the built-in 100ms simulator and a demo meeting), then Payara
 * Micro with the WAR, and prints a {@code curl} that starts a recording.
 */
public final class GravacoesLauncher {

  private GravacoesLauncher() {}

  public static void main(String[] args) throws Exception {
    LauncherSettings settings = LauncherSettings.from(System.getenv());
    Path home = applicationHome();
    try {
      requirePorts(settings);
    } catch (IllegalStateException busy) {
      System.err.println("[Launcher] " + busy.getMessage());
      System.exit(1);
    }
    Map<String, String> serviceEnv = new HashMap<>();

    EmbeddedDatabase embedded = null;
    if (settings.databaseUrl().isEmpty()) {
      embedded = EmbeddedDatabase.start(settings.dataDirectory(), settings.embeddedDatabasePort());
      serviceEnv.put("GRAVACOES_DB_URL", embedded.jdbcUrl());
      System.out.println(
          "[Launcher] PostgreSQL embutido na porta "
              + embedded.port()
              + ", dados em "
              + settings.dataDirectory().resolve("postgres"));
    }
    if (settings.demoMode()) {
      serviceEnv.put("GRAVACOES_DEMO_ENABLED", "true");
      serviceEnv.put("GRAVACOES_DEMO_SIMULATOR_PORT", Integer.toString(settings.simulatorPort()));
      serviceEnv.put(
          "GRAVACOES_HMS_BASE_URL", "http://127.0.0.1:" + settings.simulatorPort() + "/v2");
      // The simulator delivers its webhooks here, with a secret made for this run only.
      serviceEnv.put(
          "GRAVACOES_DEMO_WEBHOOK_URL",
          "http://127.0.0.1:" + settings.httpPort() + "/api/100ms/webhooks");
      serviceEnv.put(
          "GRAVACOES_WEBHOOK_SECRET",
          System.getenv().getOrDefault("GRAVACOES_WEBHOOK_SECRET", UUID.randomUUID().toString()));
    }

    // A local installation (embedded database or demo) keeps its own token secret and encryption
    // key; a configured deployment brings its own through the environment.
    String tokenSecret = System.getenv("GRAVACOES_AUTH_HS256_SECRET");
    if (embedded != null || settings.demoMode()) {
      LocalSecrets secrets = LocalSecrets.loadOrCreate(settings.dataDirectory());
      if (tokenSecret == null && System.getenv("GRAVACOES_AUTH_JWKS_URL") == null) {
        tokenSecret = secrets.tokenSecret();
        serviceEnv.put("GRAVACOES_AUTH_HS256_SECRET", tokenSecret);
      }
      if (System.getenv("GRAVACOES_CRYPTO_KEYS") == null) {
        serviceEnv.put("GRAVACOES_CRYPTO_KEYS", secrets.cryptoKeys());
      }
      // A local Supabase (supabase start) answers on localhost.
      serviceEnv.putIfAbsent(
          "GRAVACOES_MIRROR_ALLOW_INTERNAL_ADDRESSES",
          System.getenv().getOrDefault("GRAVACOES_MIRROR_ALLOW_INTERNAL_ADDRESSES", "true"));
    }

    PayaraMicroProcess payara =
        PayaraMicroProcess.start(
            home.resolve("lib").resolve("payara-micro.jar"),
            home.resolve("gravacoes.war"),
            settings.httpPort(),
            serviceEnv);
    EmbeddedDatabase database = embedded;
    Runtime.getRuntime().addShutdownHook(new Thread(() -> shutdown(payara, database)));

    if (!payara.awaitReady(Duration.ofMinutes(3))) {
      System.err.println("[Launcher] O serviço não ficou pronto; veja o log acima.");
      payara.stop();
      System.exit(1);
    }
    String demoToken =
        settings.demoMode() && tokenSecret != null
            ? AdminToken.mint(tokenSecret, "demo", "admin-demo", Duration.ofHours(12))
            : null;
    System.out.println(Banner.text(settings, demoToken));
    System.exit(payara.waitFor());
  }

  private static void requirePorts(LauncherSettings settings) {
    FreePorts.require(settings.httpPort(), "HTTP do serviço", "GRAVACOES_HTTP_PORT");
    if (settings.databaseUrl().isEmpty()) {
      FreePorts.require(
          settings.embeddedDatabasePort(), "PostgreSQL embutido", "GRAVACOES_EMBEDDED_DB_PORT");
    }
    if (settings.demoMode()) {
      FreePorts.require(
          settings.simulatorPort(), "simulador 100ms", "GRAVACOES_DEMO_SIMULATOR_PORT");
    }
  }

  private static void shutdown(PayaraMicroProcess payara, EmbeddedDatabase database) {
    payara.stop();
    try {
      payara.waitFor();
      if (database != null) {
        database.close();
      }
    } catch (Exception e) {
      System.err.println("[Launcher] Erro ao encerrar: " + e.getMessage());
    }
  }

  /** The folder this launcher was unpacked in: it holds gravacoes.war and lib/. */
  private static Path applicationHome() throws Exception {
    Path jar =
        Path.of(
            GravacoesLauncher.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    Path home = jar.getParent();
    if (!Files.exists(home.resolve("gravacoes.war"))) {
      throw new IllegalStateException("gravacoes.war não encontrado em " + home);
    }
    return home;
  }
}
