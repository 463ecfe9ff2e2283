package br.com.gravacoes.systemtests.browser;

import static org.assertj.core.api.Assertions.assertThat;

import br.com.gravacoes.simulator.HmsSimulator;
import br.com.gravacoes.simulator.SimulatedOperation;
import br.com.gravacoes.systemtests.RecordingClient;
import br.com.gravacoes.systemtests.ServiceInstance;
import br.com.gravacoes.systemtests.TestTenant;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;

/**
 * Issue 7's browser tests: the packaged product and the 100ms simulator driven through a real
 * headless Chromium. One product and one browser serve the class; each scenario signs in afresh and
 * uses its own meeting, so none depends on another. Pictures of the pages are saved as the
 * scenarios pass (see {@link Screenshots}); a failure keeps the browser's evidence ({@link
 * FailureEvidence}).
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class RecordingPagesBrowserIT {

  /** How long a click's answer may take to show. */
  private static final Duration ON_SCREEN = Duration.ofSeconds(10);

  /** The promise for a change made elsewhere: on the open page within 2 s. */
  private static final Duration PUSHED = Duration.ofSeconds(2);

  /** Long enough that a stopped recording is seen "processando" before it is "concluída". */
  private static final Duration ASSET_DELAY = Duration.ofSeconds(4);

  private static final String STARTED = "✅ Gravação iniciada!";
  private static final String STOPPED = "⏸️ Gravação parada! O vídeo será processado em breve.";

  private static final Path TARGET = Path.of(System.getProperty("basedir", ".")).resolve("target");

  private static BrowserTestBed bed;
  private static HmsSimulator hms;
  private static ServiceInstance service;
  private static TestTenant tenant;
  private static RecordingClient api;
  private static ChromeDriver driver;
  private static Screenshots screenshots;
  private static SignInPage signIn;

  /** Another site whose origin the product accepts (CORS), and one whose origin it does not. */
  private static PartnerSite partner;

  private static PartnerSite stranger;

  /** Reads the embedded button and the partner's own #indicador on a partner page. */
  private static final String READ_PARTNER =
      """
      const host = document.querySelector('gravacao-toggle');
      const root = host && host.shadowRoot;
      const button = root && root.querySelector('button.toggle');
      const indicador = document.getElementById('indicador');
      if (!button || !indicador) return null;
      return {
        pressed: button.getAttribute('aria-pressed'),
        disabled: button.disabled,
        toasts: Array.from(root.querySelectorAll('.toasts .toast'), t => t.innerText.trim()),
        settled: Array.from(root.querySelectorAll('.toasts .toast')).every(t => t.getAnimations().length === 0),
        indicador: indicador.checkVisibility(),
        eventos: Number(indicador.dataset.eventos || 0)
      };
      """;

  @RegisterExtension
  static final FailureEvidence EVIDENCE =
      new FailureEvidence(() -> driver, TARGET.resolve("browser-failures"));

  @BeforeAll
  static void productAndBrowser() throws IOException {
    // Before the product: its CORS setting names the partner's origin, port included.
    partner = PartnerSite.start();
    stranger = PartnerSite.start();
    bed = BrowserTestBed.start(TARGET, ASSET_DELAY, List.of(partner.origin()));
    hms = bed.hms();
    service = bed.service();
    tenant = bed.tenant();
    api = bed.api();
    driver = bed.driver();
    screenshots = new Screenshots(driver, TARGET.resolve("screenshots"));
    signIn = new SignInPage(driver, service.baseUri());
  }

  @AfterAll
  static void tearDown() throws IOException {
    if (bed != null) {
      bed.close();
    }
    for (PartnerSite site : new PartnerSite[] {partner, stranger}) {
      if (site != null) {
        site.close();
      }
    }
  }

  /** The harness itself: Chromium reaches the service and keeps the session cookie it sets. */
  @Test
  @Order(0)
  void chromiumReachesTheService_andKeepsItsSessionCookie() {
    signIn.signOut();
    driver.get(service.baseUri().resolve("/api/sessao").toString());
    assertThat(bodyText()).contains("Não autenticado");

    Object status =
        ((JavascriptExecutor) driver)
            .executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                    + "fetch('/api/sessao', {method: 'POST',"
                    + " headers: {Authorization: 'Bearer ' + arguments[0]}})"
                    + ".then(answer => done(answer.status), error => done(String(error)));",
                tenant.adminToken());
    assertThat(status).isEqualTo(200L);

    driver.get(service.baseUri().resolve("/api/sessao").toString());
    assertThat(bodyText()).contains("\"tenantId\":\"" + BrowserTestBed.TENANT + "\"");
    screenshots.takeLocal("harness-api-sessao");
  }

  @Test
  @Order(1)
  void signIn_withTheTypedToken_landsOnTheMeetingsList() {
    signIn.signOut();
    driver.get(service.baseUri().resolve("/reunioes").toString());
    PageWaits.until(
        ON_SCREEN,
        "/reunioes sem sessão leva a /entrar?volta=/reunioes",
        this::currentUrl,
        url -> url.getPath().equals(SignInPage.PATH) && "/reunioes".equals(volta(url)));

    signIn.typeToken(tenant.adminToken());
    screenshots.take("entrar");
    signIn.submit();

    PageWaits.until(
        ON_SCREEN,
        "/reunioes depois de entrar",
        this::currentUrl,
        url -> url.getPath().equals("/reunioes"));
    for (String room : tenant.rooms()) {
      PageWaits.until(
          ON_SCREEN,
          "link para a reunião " + room,
          () -> driver.findElement(By.cssSelector("a[href=\"" + MeetingPage.path(room) + "\"]")),
          link -> link.isDisplayed());
    }
    assertThat(driver.findElement(By.cssSelector("button#sair")).isDisplayed()).isTrue();
    screenshots.take("reunioes");
  }

  @Test
  @Order(2)
  void signIn_withAWrongToken_staysOnEntrar_andSaysWhy() {
    signIn.signOut();
    signIn.open(null);
    signIn.typeToken("isto-nao-e-um-token");
    signIn.submit();

    PageWaits.until(
        ON_SCREEN, "#erro-entrada visível com um texto", signIn::visibleError, text -> true);
    assertThat(currentUrl().getPath()).isEqualTo(SignInPage.PATH);
    assertThat(signIn.showsDemoButton()).as("button#entrar-demo fora do modo demo").isFalse();
  }

  @Test
  @Order(3)
  void toggle_startsAndStops_withTheSeedsFeedback() {
    String room = tenant.rooms().get(1);
    MeetingPage page = signInAndOpenMeeting(room);
    page.await(ON_SCREEN, "botão parado (cinza, Iniciar gravação)", MeetingPage.State::showsIdle);
    assertThat(page.heading()).contains("Reunião 1");
    screenshots.take("reuniao-parada");

    page.clickToggle();
    page.await(
        ON_SCREEN,
        "vermelho + GRAVANDO + toast de início",
        state ->
            state.showsRecording() && !state.disabled() && state.hasToastStartingWith(STARTED));
    assertThat(hms.runningRecordings(room)).as("gravação no 100ms").hasSize(1);
    page.awaitToastsSettled();
    screenshots.take("reuniao-gravando");

    page.clickToggle();
    page.await(
        ON_SCREEN,
        "cinza, sem GRAVANDO, toast de parada",
        state -> state.showsIdle() && !state.disabled() && state.hasToastStartingWith(STOPPED));
    assertThat(hms.runningRecordings(room)).as("gravação no 100ms").isEmpty();
  }

  @Test
  @Order(4)
  void startRefusedBy100ms_flipsAtOnce_thenRevertsWithTheServersError() {
    String room = tenant.rooms().get(2);
    MeetingPage page = signInAndOpenMeeting(room);
    page.await(ON_SCREEN, "botão parado", MeetingPage.State::showsIdle);
    try {
      // Slow, then refused: the optimistic flip and the disabled button can be seen meanwhile.
      hms.faults().hangNext(SimulatedOperation.START, 1, Duration.ofMillis(1500));
      hms.faults().failNext(SimulatedOperation.START, 1, 503);

      page.clickToggle();
      page.await(
          Duration.ofMillis(1000),
          "aria-pressed=true e botão desabilitado enquanto o pedido está em andamento",
          state -> "true".equals(state.pressed()) && state.disabled());
      page.await(
          ON_SCREEN,
          "de volta a parado, com o toast de erro do servidor",
          state ->
              state.showsIdle()
                  && !state.disabled()
                  && state.toasts().stream()
                      .anyMatch(
                          toast ->
                              toast.startsWith("❌ ")
                                  && toast.contains("Erro ao iniciar gravação")));
    } finally {
      hms.faults().clear();
    }
    assertThat(hms.runningRecordings(room)).isEmpty();
  }

  @Test
  @Order(5)
  void reload_showsTheStateKeptByTheService() throws Exception {
    String room = tenant.rooms().get(3);
    MeetingPage page = signInAndOpenMeeting(room);
    page.await(ON_SCREEN, "botão parado", MeetingPage.State::showsIdle);
    page.clickToggle();
    page.await(ON_SCREEN, "gravando depois do clique", s -> s.showsRecording() && !s.disabled());

    driver.navigate().refresh();
    page.await(ON_SCREEN, "gravando depois de recarregar", MeetingPage.State::showsRecording);

    page.clickToggle();
    page.await(ON_SCREEN, "parado depois do clique", s -> s.showsIdle() && !s.disabled());
    // Started while no page of this browser is open: only the service can know it.
    driver.get("about:blank");
    assertThat(api.start(room).status()).isEqualTo(200);
    driver.get(service.baseUri().resolve(MeetingPage.path(room)).toString());
    page.await(
        ON_SCREEN, "gravando ao abrir (iniciada pela API)", MeetingPage.State::showsRecording);
    assertThat(api.stop(room).status()).isEqualTo(200);
  }

  @Test
  @Order(6)
  void changeMadeElsewhere_showsOnTheOpenPage_within2Seconds() throws Exception {
    String room = tenant.rooms().get(4);
    MeetingPage page = signInAndOpenMeeting(room);
    page.await(ON_SCREEN, "botão parado", MeetingPage.State::showsIdle);
    EventStreamProbe.awaitSubscribed(driver, ON_SCREEN);

    RecordingClient.Answer started = api.start(room);
    assertThat(started.status()).as(started.body()).isEqualTo(200);
    page.await(PUSHED, "vermelho + GRAVANDO em até 2 s", MeetingPage.State::showsRecording);

    RecordingClient.Answer stopped = api.stop(room);
    assertThat(stopped.status()).as(stopped.body()).isEqualTo(200);
    page.await(PUSHED, "cinza, sem GRAVANDO em até 2 s", MeetingPage.State::showsIdle);
  }

  @Test
  @Order(7)
  void library_showsProcessingThenCompletedLive_refreshes_andPlaysTheVideo() throws Exception {
    String room = tenant.rooms().get(5);
    RecordingClient.Answer started = api.start(room);
    assertThat(started.status()).as(started.body()).isEqualTo(200);
    String id = json(started.body()).getJsonObject("recording").getString("id");

    signInAndOpen(RecordingsPage.PATH);
    RecordingsPage library = new RecordingsPage(driver);
    PageWaits.until(
        ON_SCREEN,
        "linha " + id + " gravando",
        () -> library.row(id),
        r -> r.shows("recording", "gravando"));
    EventStreamProbe.awaitSubscribed(driver, ON_SCREEN);

    RecordingClient.Answer stopped = api.stop(room);
    assertThat(stopped.status()).as(stopped.body()).isEqualTo(200);
    assertThat(json(stopped.body()).getString("status")).isEqualTo("processing");
    PageWaits.until(
        PUSHED,
        "linha " + id + " processando em até 2 s",
        () -> library.row(id),
        r -> r.shows("processing", "processando"));
    PageWaits.until(
        ASSET_DELAY.plus(ON_SCREEN),
        "linha " + id + " concluída, com o botão assistir",
        () -> library.row(id),
        r -> r.shows("completed", "concluída") && r.playable());

    library.clickRefresh(id);
    PageWaits.until(
        ON_SCREEN,
        "resposta 200 do refresh",
        () -> library.refreshStatus(id),
        status -> status == 200);
    assertThat(library.showsError()).as("#erro visível depois de atualizar").isFalse();
    assertThat(library.row(id).shows("completed", "concluída")).isTrue();
    // Before the player opens: once open it fills the window and hides the table's status chips.
    screenshots.take("gravacoes");

    library.clickPlay(id);
    PageWaits.until(
        ON_SCREEN,
        "video#player com readyState >= 2 (HAVE_CURRENT_DATA)",
        library::playerReadyState,
        readyState -> readyState >= 2);
    screenshots.take("gravacoes-player");
  }

  /**
   * ?volta= only ever leads to a page of this site, however the other site's address is dressed.
   */
  @Test
  @Order(8)
  void signIn_withAVoltaToAnotherSite_landsOnTheMeetingsListInstead() {
    for (String elsewhere :
        new String[] {
          "/\t/intruso.example",
          "//intruso.example",
          "/\\intruso.example",
          "https://intruso.example"
        }) {
      signIn.signOut();
      signIn.open(elsewhere);
      signIn.typeToken(tenant.adminToken());
      signIn.submit();
      PageWaits.until(
          ON_SCREEN,
          "/reunioes deste serviço em vez de " + elsewhere,
          this::currentUrl,
          url ->
              service.baseUri().getHost().equals(url.getHost())
                  && url.getPath().equals("/reunioes"));
    }
  }

  /**
   * README, "Botão em qualquer página": another site drops in the button with the snippet and the
   * token. Its page has no cookie of the service; the button calls the API and reads the event
   * stream across origins with the Bearer token. A site whose origin is not listed gets nothing.
   */
  @Test
  @Order(9)
  void buttonOnAnotherSitesPage_recordsAndFollowsChanges_onlyForAnAllowedOrigin() throws Exception {
    String room = tenant.rooms().get(0);
    signIn.signOut();
    partner.show(service.baseUri(), room, tenant.adminToken());
    stranger.show(service.baseUri(), room, tenant.adminToken());

    driver.get(partner.pageUri().toString());
    assertThat(driver.manage().getCookies()).as("cookies na página do parceiro").isEmpty();
    PageWaits.until(
        ON_SCREEN,
        "botão parado, estado lido da API e anunciado à página do parceiro",
        this::partnerState,
        state ->
            "false".equals(state.get("pressed"))
                && !(Boolean) state.get("indicador")
                && ((Number) state.get("eventos")).intValue() >= 1);
    EventStreamProbe.awaitSubscribed(driver, ON_SCREEN);

    driver
        .findElement(By.cssSelector("gravacao-toggle"))
        .getShadowRoot()
        .findElement(By.cssSelector("button.toggle"))
        .click();
    new Actions(driver).moveToElement(driver.findElement(By.id("titulo"))).perform();
    PageWaits.until(
        ON_SCREEN,
        "aria-pressed=true, toast de início e #indicador do parceiro visível",
        this::partnerState,
        state ->
            "true".equals(state.get("pressed"))
                && !(Boolean) state.get("disabled")
                && (Boolean) state.get("indicador")
                && toasts(state).stream().anyMatch(toast -> toast.startsWith(STARTED)));
    assertThat(hms.runningRecordings(room)).as("gravação no 100ms").hasSize(1);
    PageWaits.until(
        Duration.ofSeconds(2),
        "toasts sem animação",
        this::partnerState,
        s -> (Boolean) s.get("settled"));
    screenshots.take("botao-em-outra-pagina");

    RecordingClient.Answer stopped = api.stop(room);
    assertThat(stopped.status()).as(stopped.body()).isEqualTo(200);
    PageWaits.until(
        PUSHED,
        "parada pela API: aria-pressed=false e #indicador escondido em até 2 s",
        this::partnerState,
        state -> "false".equals(state.get("pressed")) && !(Boolean) state.get("indicador"));

    // Not in gravacoes.cors.allowed-origins: the preflight is refused, so the browser keeps every
    // answer from the page and the button can only say it could not reach the service.
    driver.get(stranger.pageUri().toString());
    Map<String, Object> refused =
        PageWaits.until(
            ON_SCREEN,
            "toast de erro na página de origem não permitida",
            this::partnerState,
            state -> toasts(state).stream().anyMatch(toast -> toast.startsWith("❌ ")));
    assertThat(toasts(refused)).contains("❌ Sem conexão com o servidor");
    assertThat(refused.get("pressed")).isEqualTo("false");
    assertThat(refused.get("eventos")).as("nenhum gravacao-estado").isEqualTo(0L);
    assertThat(hms.runningRecordings(room)).isEmpty();
    driver.get("about:blank");
  }

  @SuppressWarnings("unchecked")
  private Map<String, Object> partnerState() {
    return (Map<String, Object>) ((JavascriptExecutor) driver).executeScript(READ_PARTNER);
  }

  @SuppressWarnings("unchecked")
  private static List<String> toasts(Map<String, Object> state) {
    return (List<String>) state.get("toasts");
  }

  private MeetingPage signInAndOpenMeeting(String room) {
    signInAndOpen(MeetingPage.path(room));
    return new MeetingPage(driver, room);
  }

  /** Signs in through /entrar?volta=path with the administrator's token, and lands on path. */
  private void signInAndOpen(String path) {
    signIn.signOut();
    signIn.open(path);
    signIn.typeToken(tenant.adminToken());
    signIn.submit();
    PageWaits.until(
        ON_SCREEN, "chegar a " + path, this::currentUrl, url -> url.getPath().equals(path));
  }

  private URI currentUrl() {
    return URI.create(driver.getCurrentUrl());
  }

  private static String volta(URI url) {
    String query = url.getRawQuery();
    if (query == null) {
      return null;
    }
    return Stream.of(query.split("&"))
        .filter(pair -> pair.startsWith("volta="))
        .map(pair -> URLDecoder.decode(pair.substring(6), StandardCharsets.UTF_8))
        .findFirst()
        .orElse(null);
  }

  private String bodyText() {
    return driver.findElement(By.tagName("body")).getText();
  }

  private static JsonObject json(String body) {
    return Json.createReader(new StringReader(body)).readObject();
  }
}
