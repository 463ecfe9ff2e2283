package br.com.gravacoes.systemtests.browser;

import static org.assertj.core.api.Assertions.assertThat;

import br.com.gravacoes.systemtests.FileTrees;
import br.com.gravacoes.systemtests.ServiceInstance;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Writer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * The README's Run command end to end: {@code java -jar
 * launcher/target/gravacoes/gravacoes-launcher.jar}, started as {@code bin/run} starts it (from the
 * repository's root, after the build packaged it) with nothing configured, so it brings up its own
 * embedded PostgreSQL, the built-in 100ms simulator and the demo mode. The banner must give the
 * administrator's token; then, in headless Chromium, the demo button of {@code /entrar} signs in,
 * {@code /reunioes} links to the demo meeting, and its toggle starts and stops a recording. Last,
 * the launcher is stopped as Ctrl+C would (SIGTERM) and nothing it started may survive: its own
 * shutdown hook has to stop Payara Micro and PostgreSQL.
 */
class RunCommandDemoBrowserIT {

  /** System property naming the launcher's jar (system-tests/pom.xml sets it). */
  static final String LAUNCHER_PROPERTY = "gravacoes.launcher";

  private static final String ROOM = "sala-demo";

  /** Embedded PostgreSQL, migrations and Payara Micro's boot, on a busy 2-core machine. */
  private static final Duration BOOT = Duration.ofMinutes(3);

  private static final Duration ON_SCREEN = Duration.ofSeconds(10);

  /** The launcher's shutdown hook: Payara's undeploy, then PostgreSQL's fast shutdown. */
  private static final Duration SHUTDOWN = Duration.ofSeconds(45);

  private static final Pattern READY = Pattern.compile(" gravacoes pronto em (http://\\S+)");
  private static final Pattern TOKEN =
      Pattern.compile(
          "export AUTH='Authorization: Bearer ([A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+)'");

  private static final Path TARGET = Path.of(System.getProperty("basedir", ".")).resolve("target");
  private static final Path LOGS = TARGET.resolve("run-command");

  private static Process launcher;
  private static Path dataDirectory;
  private static Path profile;
  private static ChromeDriver driver;
  private static final StringBuffer OUTPUT = new StringBuffer();

  @RegisterExtension
  static final FailureEvidence EVIDENCE =
      new FailureEvidence(() -> driver, TARGET.resolve("browser-failures"));

  @Test
  void runCommand_withNothingConfigured_demoSignInTogglesTheDemoMeeting_andStopsCleanly()
      throws Exception {
    HeadlessChromium.requireInstalled();
    Instant began = Instant.now();
    int httpPort = ServiceInstance.freePort();
    int databasePort = distinctFreePort(httpPort);
    int simulatorPort = distinctFreePort(httpPort, databasePort);
    dataDirectory = Files.createTempDirectory("gravacoes-run-");
    launcher = startLikeBinRun(httpPort, databasePort, simulatorPort);

    String banner = awaitBanner();
    Duration boot = Duration.between(began, Instant.now());
    System.out.println("[run] banner em " + boot.toMillis() + " ms");
    Matcher ready = READY.matcher(banner);
    assertThat(ready.find()).as("linha 'gravacoes pronto em' no banner:\n" + banner).isTrue();
    URI base = URI.create(ready.group(1));
    assertThat(base).isEqualTo(URI.create("http://localhost:" + httpPort));
    assertThat(banner)
        .contains(
            "simulador 100ms em http://127.0.0.1:" + simulatorPort + "/v2",
            "reunião demo na sala '" + ROOM + "'",
            "Token de administrador do tenant 'demo'");
    Matcher token = TOKEN.matcher(banner);
    assertThat(token.find()).as("linha export AUTH com o token no banner:\n" + banner).isTrue();
    assertThat(output())
        .contains(
            "PostgreSQL embutido na porta " + databasePort,
            dataDirectory.resolve("postgres").toString());

    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    HttpResponse<String> health = get(http, base.resolve("/health/ready"), null);
    assertThat(health.statusCode()).as(health.body()).isEqualTo(200);
    assertThat(health.body()).contains("UP");
    // The printed token is the one a person copies into curl: it has to open the API.
    HttpResponse<String> recordings = get(http, base.resolve("/api/gravacoes"), token.group(1));
    assertThat(recordings.statusCode()).as(recordings.body()).isEqualTo(200);

    Files.createDirectories(LOGS);
    profile = Files.createTempDirectory("gravacoes-chromium-");
    driver = HeadlessChromium.start(profile, LOGS.resolve("chromedriver.log"));
    Screenshots screenshots = new Screenshots(driver, TARGET.resolve("screenshots"));
    SignInPage signIn = new SignInPage(driver, base);

    signIn.open(null);
    PageWaits.until(
        ON_SCREEN,
        "button#entrar-demo visível no modo demonstração",
        signIn::showsDemoButton,
        shown -> shown);
    screenshots.takeLocal("run-entrar-demo");
    driver.findElement(By.cssSelector("button#entrar-demo")).click();
    PageWaits.until(
        ON_SCREEN,
        "/reunioes depois de entrar na demonstração",
        () -> URI.create(driver.getCurrentUrl()),
        url -> url.getPath().equals("/reunioes"));
    WebElement link =
        PageWaits.until(
            ON_SCREEN,
            "link para " + MeetingPage.path(ROOM),
            () -> driver.findElement(By.cssSelector("a[href=\"" + MeetingPage.path(ROOM) + "\"]")),
            WebElement::isDisplayed);
    link.click();
    PageWaits.until(
        ON_SCREEN,
        "chegar a " + MeetingPage.path(ROOM),
        () -> URI.create(driver.getCurrentUrl()),
        url -> url.getPath().equals(MeetingPage.path(ROOM)));

    MeetingPage meeting = new MeetingPage(driver, ROOM);
    meeting.await(
        ON_SCREEN, "botão parado (cinza, Iniciar gravação)", MeetingPage.State::showsIdle);
    meeting.clickToggle();
    meeting.await(
        ON_SCREEN,
        "aria-pressed=true e #indicador-gravando visível",
        state -> state.showsRecording() && !state.disabled());
    screenshots.takeLocal("run-reuniao-demo-gravando");
    meeting.clickToggle();
    meeting.await(
        ON_SCREEN,
        "aria-pressed=false, sem GRAVANDO",
        state -> state.showsIdle() && !state.disabled());

    HttpResponse<String> stillReady = get(http, base.resolve("/health/ready"), null);
    assertThat(stillReady.statusCode()).as(stillReady.body()).isEqualTo(200);
    assertThat(stillReady.body()).contains("UP");

    // The page's event stream closed first, so Payara does not wait on it.
    driver.get("about:blank");
    stopLikeCtrlC();
    System.out.println(
        "[run] teste completo em " + Duration.between(began, Instant.now()).toMillis() + " ms");
  }

  /**
   * {@code bin/run}'s last line, from the repository's root, with the build's java and no {@code
   * GRAVACOES_*} variable but the data folder and three free ports (so that a developer's running
   * instance, or a parallel build, is never in the way).
   */
  private static Process startLikeBinRun(int httpPort, int databasePort, int simulatorPort)
      throws IOException {
    Path jar = launcherJar();
    Path root = jar.getParent().getParent().getParent().getParent();
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    ProcessBuilder builder =
        new ProcessBuilder(java.toString(), "-jar", root.relativize(jar).toString())
            .directory(root.toFile())
            .redirectErrorStream(true);
    Map<String, String> env = builder.environment();
    env.keySet().removeIf(name -> name.startsWith("GRAVACOES_"));
    env.put("GRAVACOES_DATA_DIR", dataDirectory.toString());
    env.put("GRAVACOES_HTTP_PORT", Integer.toString(httpPort));
    env.put("GRAVACOES_EMBEDDED_DB_PORT", Integer.toString(databasePort));
    env.put("GRAVACOES_DEMO_SIMULATOR_PORT", Integer.toString(simulatorPort));
    Files.createDirectories(LOGS);
    Path log = LOGS.resolve("launcher.log");
    Process started = builder.start();
    System.out.println("[run] " + String.join(" ", builder.command()) + " (saída em " + log + ")");
    Thread copier = new Thread(() -> copyOutput(started, log), "launcher-output-" + started.pid());
    copier.setDaemon(true);
    copier.start();
    return started;
  }

  private static Path launcherJar() {
    String configured = System.getProperty(LAUNCHER_PROPERTY);
    List<Path> candidates =
        configured != null
            ? List.of(Path.of(configured))
            : List.of(
                Path.of("launcher/target/gravacoes/gravacoes-launcher.jar"),
                Path.of("../launcher/target/gravacoes/gravacoes-launcher.jar"));
    return candidates.stream()
        .filter(Files::isRegularFile)
        .map(path -> path.toAbsolutePath().normalize())
        .findFirst()
        .orElseThrow(
            () ->
                new IllegalStateException(
                    "gravacoes-launcher.jar não encontrado em "
                        + candidates
                        + "; rode 'mvn -B package -DskipTests' antes"));
  }

  /** Everything the launcher, Payara Micro and PostgreSQL print, kept and written to the log. */
  private static void copyOutput(Process process, Path log) {
    try (BufferedReader lines =
            new BufferedReader(
                new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        Writer file = Files.newBufferedWriter(log, StandardCharsets.UTF_8)) {
      String line;
      while ((line = lines.readLine()) != null) {
        OUTPUT.append(line).append('\n');
        file.write(line);
        file.write('\n');
        file.flush();
      }
    } catch (IOException e) {
      OUTPUT.append("[teste] leitura da saída interrompida: ").append(e).append('\n');
    }
  }

  private static String output() {
    return OUTPUT.toString();
  }

  /** The banner, from its "pronto" line to its closing rule; fails early if the launcher dies. */
  private static String awaitBanner() throws InterruptedException {
    Instant deadline = Instant.now().plus(BOOT);
    while (Instant.now().isBefore(deadline)) {
      String seen = output();
      int start = seen.indexOf(" gravacoes pronto em ");
      if (start >= 0) {
        int end = seen.indexOf("=====", start);
        if (end >= 0) {
          return seen.substring(start, end);
        }
      }
      if (!launcher.isAlive()) {
        Thread.sleep(200); // the last lines still in the pipe
        throw new AssertionError(
            "o launcher terminou (código "
                + launcher.exitValue()
                + ") sem imprimir o banner; saída:\n"
                + tail(output()));
      }
      Thread.sleep(100);
    }
    throw new AssertionError("sem banner em " + BOOT + "; saída:\n" + tail(output()));
  }

  /**
   * SIGTERM to the launcher only, as Ctrl+C on {@code bin/run} reaches it: its shutdown hook must
   * stop Payara Micro and the embedded PostgreSQL before it exits, leaving no process behind.
   */
  private static void stopLikeCtrlC() throws Exception {
    Set<ProcessHandle> started = new HashSet<>(launcher.descendants().toList());
    assertThat(started).as("Payara Micro, filho do launcher").isNotEmpty();
    Optional<ProcessHandle> postmaster = postmaster();
    assertThat(postmaster).as("PostgreSQL embutido (postmaster.pid)").isPresent();
    started.add(postmaster.get());

    Instant asked = Instant.now();
    launcher.destroy();
    boolean exited = launcher.waitFor(SHUTDOWN.toMillis(), TimeUnit.MILLISECONDS);
    assertThat(exited).as("launcher encerrado em " + SHUTDOWN + " depois do SIGTERM").isTrue();
    System.out.println(
        "[run] launcher encerrado em "
            + Duration.between(asked, Instant.now()).toMillis()
            + " ms (código "
            + launcher.exitValue()
            + ")");
    List<ProcessHandle> survivors = survivors(started, Duration.ofSeconds(5));
    assertThat(survivors).as("processos que sobreviveram ao launcher").isEmpty();
    assertThat(Files.exists(dataDirectory.resolve("postgres/postmaster.pid")))
        .as("postmaster.pid removido: o PostgreSQL parou de forma ordenada")
        .isFalse();
  }

  /** The embedded server's postmaster, named by the first line of its pid file while it runs. */
  private static Optional<ProcessHandle> postmaster() throws IOException {
    Path pidFile = dataDirectory.resolve("postgres/postmaster.pid");
    if (!Files.exists(pidFile)) {
      return Optional.empty();
    }
    long pid = Long.parseLong(Files.readAllLines(pidFile).get(0).strip());
    return ProcessHandle.of(pid);
  }

  /** Live processes, other than this JVM, whose command line names this run's data folder. */
  private static Stream<ProcessHandle> namingDataDirectory() {
    String folder = dataDirectory.toString();
    return ProcessHandle.allProcesses()
        .filter(ProcessHandle::isAlive)
        .filter(process -> !process.equals(ProcessHandle.current()))
        .filter(
            process ->
                process.info().commandLine().filter(line -> line.contains(folder)).isPresent());
  }

  /**
   * What is still alive after {@code grace}: the given processes, and any whose command line names
   * this run's data folder (a postmaster pg_ctl detached from the launcher).
   */
  private static List<ProcessHandle> survivors(Set<ProcessHandle> started, Duration grace)
      throws InterruptedException {
    Instant deadline = Instant.now().plus(grace);
    List<ProcessHandle> alive;
    do {
      alive = new ArrayList<>(started.stream().filter(ProcessHandle::isAlive).toList());
      namingDataDirectory().forEach(alive::add);
      if (alive.isEmpty()) {
        return alive;
      }
      Thread.sleep(100);
    } while (Instant.now().isBefore(deadline));
    alive.forEach(
        process ->
            System.out.println(
                "[run] sobreviveu: "
                    + process.pid()
                    + " "
                    + process.info().commandLine().orElse("?")));
    return alive;
  }

  /** Whatever a failed run left: killed at once, so the next test's ports and cores are free. */
  @AfterAll
  static void killWhateverIsLeft() throws Exception {
    if (driver != null) {
      driver.quit();
      driver = null;
    }
    if (launcher != null && launcher.isAlive()) {
      List<ProcessHandle> children = launcher.descendants().toList();
      Optional<ProcessHandle> postmaster = dataDirectory == null ? Optional.empty() : postmaster();
      launcher.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
      children.forEach(ProcessHandle::destroyForcibly);
      postmaster.ifPresent(ProcessHandle::destroyForcibly);
    }
    if (dataDirectory != null) {
      namingDataDirectory().forEach(ProcessHandle::destroyForcibly);
      Thread.sleep(500);
      FileTrees.deleteTree(dataDirectory);
    }
    if (profile != null) {
      FileTrees.deleteTree(profile);
    }
  }

  private static int distinctFreePort(Integer... taken) {
    List<Integer> used = List.of(taken);
    int port;
    do {
      port = ServiceInstance.freePort();
    } while (used.contains(port));
    return port;
  }

  private static HttpResponse<String> get(HttpClient http, URI uri, String bearer)
      throws IOException, InterruptedException {
    HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(10));
    if (bearer != null) {
      request.header("Authorization", "Bearer " + bearer);
    }
    return http.send(request.GET().build(), HttpResponse.BodyHandlers.ofString());
  }

  private static String tail(String text) {
    return text.length() <= 6000 ? text : "…" + text.substring(text.length() - 6000);
  }
}
