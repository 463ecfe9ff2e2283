package br.com.gravacoes.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import br.com.gravacoes.adapters.rest.auth.TestTokens;
import br.com.gravacoes.bootstrap.ApiClient.Answer;
import com.nimbusds.jwt.JWTClaimsSet;
import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.net.http.HttpClient;
import java.net.http.HttpRequest.BodyPublisher;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Only a tenant's administrators, and only within their tenant, on the deployed service: every
 * authenticated endpoint refuses every bad token; another tenant's meetings, recordings, mirror
 * status, audit trail and settings do not exist for an administrator; cookie sessions write only
 * from an allowed origin; bodies over 64 KB are refused; every action lands in the audit trail.
 */
class AccessControlIT extends DeployedServiceTest {

  static final String TENANT_B = "acesso_b";

  /** Only ever used to show that each endpoint lets an administrator through at all. */
  static final String TENANT_C = "acesso_c";

  static final String HMS_SETTINGS = "api/integracoes/100ms";
  static final String SUPABASE_SETTINGS = "api/integracoes/supabase";

  private static TenantA tenantA;
  private static boolean tenantAAttempted;
  private static final Map<String, Boolean> DEPLOYED = new HashMap<>();

  static Stream<Arguments> everyEndpointWithEveryBadToken() {
    return ProtectedEndpoint.all().stream()
        .flatMap(endpoint -> Stream.of(BadToken.values()).map(bad -> Arguments.of(endpoint, bad)));
  }

  static List<ProtectedEndpoint> everyEndpoint() {
    return ProtectedEndpoint.all();
  }

  @BeforeEach
  void tenantAHasMeetingsRecordingsAndIntegrations() {
    if (tenantA == null) {
      // Made once: after a failed attempt each test says so, rather than failing anew.
      if (tenantAAttempted) {
        throw new IllegalStateException("tenant A could not be set up: see the first failure");
      }
      tenantAAttempted = true;
      tenantA = TenantA.create(api, db, hms);
    }
  }

  @ParameterizedTest(name = "{0} with {1}")
  @MethodSource("everyEndpointWithEveryBadToken")
  void everyEndpoint_refusesWhoeverIsNotAnAdministrator(ProtectedEndpoint endpoint, BadToken bad) {
    assumeDeployed(endpoint);
    int auditRowsBefore = db.auditOf(TenantA.ID).size();

    HttpResponse<String> response = call(endpoint, bad.token(TenantA.ID));

    assertAll(
        endpoint + " with " + bad,
        () ->
            assertError(
                Answer.of(response),
                bad.status(),
                bad.status() == 401 ? "Não autenticado" : "Acesso restrito a administradores"),
        () ->
            assertThat(response.headers().firstValue("WWW-Authenticate"))
                .isEqualTo(bad.status() == 401 ? Optional.of("Bearer") : Optional.empty()),
        () -> assertThat(response.headers().allValues("Set-Cookie")).isEmpty(),
        () -> assertThat(db.recordingsOf(tenantA.idleRoom())).hasSize(1),
        () -> assertThat(db.auditOf(TenantA.ID)).hasSize(auditRowsBefore));
  }

  /** The control of the table above: each endpoint exists and lets an administrator through. */
  @ParameterizedTest(name = "{0}")
  @MethodSource("everyEndpoint")
  void everyEndpoint_servesAnAdministrator(ProtectedEndpoint endpoint) {
    assumeDeployed(endpoint);

    HttpResponse<String> response = call(endpoint, ItTokens.admin(TENANT_C));

    assertThat(response.statusCode())
        .as("%s: %s", endpoint, response.body())
        .isNotIn(401, 403, 405, 415, 500);
    assertThat(response.body()).doesNotContain("Recurso não encontrado");
  }

  @Test
  void tokensFromTheJwks_RS256AndES256_andOneExpiredWithinTheSkew_areAccepted() {
    JWTClaimsSet claims = ItTokens.claims(TenantA.ID, "admin").build();
    JWTClaimsSet justExpired =
        ItTokens.claims(TenantA.ID, "admin")
            .expirationTime(Date.from(Instant.now().minusSeconds(5)))
            .build();

    for (String token :
        List.of(
            TestTokens.rs256(claims), TestTokens.es256(claims), TestTokens.hs256(justExpired))) {
      Answer whoAmI = api.withToken(token).send("api/sessao", "GET", null, null);

      assertThat(whoAmI.status()).as(whoAmI.body()).isEqualTo(200);
      assertThat(whoAmI.json().getString("userId")).isEqualTo("admin-" + TenantA.ID);
      assertThat(whoAmI.json().getString("tenantId")).isEqualTo(TenantA.ID);
    }
  }

  @Test
  void aSubjectLongerThanAnyUserId_isUnauthenticated_notAServerError() {
    String token =
        TestTokens.hs256(ItTokens.claims(TenantA.ID, "admin").subject("u".repeat(300)).build());

    assertError(api.withToken(token).send("api/sessao", "GET", null, null), 401, "Não autenticado");
  }

  @Test
  void anotherTenantsAdmin_cannotStartOrStopInItsRooms_asIfTheyDidNotExist() {
    ApiClient b = api.asAdminOf(TENANT_B);

    Answer start = b.start(tenantA.idleRoom());
    Answer stop = b.stop(tenantA.busyRoom());

    assertError(start, 404, "Reunião não encontrada");
    assertError(stop, 404, "Reunião não encontrada");
    assertThat(start.body()).isEqualTo(b.start("sala-que-nao-existe").body());
    assertThat(stop.body()).isEqualTo(b.stop("sala-que-nao-existe").body());
    assertThat(db.recordingsOf(tenantA.idleRoom())).hasSize(1);
    assertThat(db.recordingsOf(tenantA.busyRoom()))
        .singleElement()
        .satisfies(row -> assertThat(row.get("status")).isEqualTo("recording"));
    assertThat(hms.runningRecordings(tenantA.busyRoom())).hasSize(1);
  }

  @Test
  void anotherTenantsAdmin_cannotReadRefreshPlayOrListItsRecordings() {
    ApiClient b = api.asAdminOf(TENANT_B);
    String nobodys = UUID.randomUUID().toString();

    for (String[] call :
        List.of(
            new String[] {"GET", ""},
            new String[] {"POST", "/refresh"},
            new String[] {"GET", "/playback"})) {
      Answer theirs =
          b.send("api/gravacoes/" + tenantA.recordingId() + call[1], call[0], null, null);
      Answer none = b.send("api/gravacoes/" + nobodys + call[1], call[0], null, null);

      assertError(theirs, 404, "Gravação não encontrada");
      assertThat(theirs.body()).isEqualTo(none.body());
    }
    assertThat(items(b.send("api/gravacoes?limite=100", "GET", null, null))).isEmpty();
    assertThat(items(b.send("api/gravacoes?reuniaoId=" + tenantA.meetingId(), "GET", null, null)))
        .isEmpty();
  }

  @Test
  void anotherTenantsAdmin_seesNoneOfItsMirrorStatus_andRetriesOnlyItsOwn() {
    long parked = db.parkedMirrorChange(TenantA.ID);
    ApiClient b = api.asAdminOf(TENANT_B);

    Answer status = b.send("api/sync/status", "GET", null, null);
    Answer retry = b.post("api/sync/retry", "");

    assertThat(status.status()).as(status.body()).isEqualTo(200);
    assertThat(status.json().getJsonArray("tenants").getValuesAs(JsonObject.class))
        .allSatisfy(tenant -> assertThat(tenant.getString("tenantId")).isEqualTo(TENANT_B));
    assertThat(retry.status()).as(retry.body()).isEqualTo(200);
    assertThat(retry.json().getInt("requeued")).isZero();
    assertThat(db.mirrorChangeState(parked)).isEqualTo("parado");
    Answer own = api.asAdminOf(TenantA.ID).send("api/sync/status", "GET", null, null);
    assertThat(own.json().getJsonArray("tenants").getValuesAs(JsonObject.class))
        .singleElement()
        .satisfies(
            tenant -> {
              assertThat(tenant.getString("tenantId")).isEqualTo(TenantA.ID);
              assertThat(tenant.getJsonNumber("parked").longValue()).isPositive();
            });
  }

  @Test
  void anotherTenantsAdmin_readsOnlyItsOwnAuditTrail() {
    ApiClient b = api.asAdminOf(TENANT_B);
    assertThat(b.post("api/sync/retry", "").status()).isEqualTo(200);
    assertThat(b.start(tenantA.idleRoom()).status()).isEqualTo(404);

    Answer theirs = b.send("api/auditoria?limite=100", "GET", null, null);
    Answer own = api.asAdminOf(TenantA.ID).send("api/auditoria?limite=100", "GET", null, null);

    assertThat(items(theirs))
        .isNotEmpty()
        .allSatisfy(entry -> assertThat(entry.getString("usuario")).isEqualTo("admin-" + TENANT_B));
    assertThat(theirs.body()).doesNotContain(tenantA.recordingId(), tenantA.meetingId());
    assertThat(items(own))
        .isNotEmpty()
        .noneSatisfy(
            entry -> assertThat(entry.getString("usuario")).isEqualTo("admin-" + TENANT_B));
    assertThat(db.auditOf(TenantA.ID))
        .noneMatch(row -> row.get("usuario").equals("admin-" + TENANT_B));
  }

  @Test
  void anotherTenantsAdmin_seesItsOwnUnconfiguredIntegrations_neverTheTenants() {
    assumeTrue(
        deployed(HMS_SETTINGS) || deployed(SUPABASE_SETTINGS),
        "the integration settings endpoints are not deployed yet");
    ApiClient a = api.asAdminOf(TenantA.ID);
    ApiClient b = api.asAdminOf(TENANT_B);
    if (deployed(HMS_SETTINGS)) {
      Answer theirs = b.send(HMS_SETTINGS, "GET", null, null);
      Answer own = a.send(HMS_SETTINGS, "GET", null, null);

      assertThat(theirs.status()).as(theirs.body()).isEqualTo(200);
      assertThat(theirs.json().getBoolean("configured")).as(theirs.body()).isFalse();
      assertThat(theirs.body()).doesNotContain(TenantA.ACCESS_KEY, TenantA.APP_SECRET);
      assertThat(own.status()).as(own.body()).isEqualTo(200);
      assertThat(own.body()).contains(TenantA.ACCESS_KEY).doesNotContain(TenantA.APP_SECRET);
    }
    if (deployed(SUPABASE_SETTINGS)) {
      Answer theirs = b.send(SUPABASE_SETTINGS, "GET", null, null);
      Answer own = a.send(SUPABASE_SETTINGS, "GET", null, null);

      assertThat(theirs.status()).as(theirs.body()).isEqualTo(200);
      assertThat(theirs.json().getBoolean("configured")).as(theirs.body()).isFalse();
      assertThat(theirs.body()).doesNotContain(tenantA.supabaseUrl(), tenantA.serviceKey());
      assertThat(own.status()).as(own.body()).isEqualTo(200);
      assertThat(own.body()).contains(tenantA.supabaseUrl()).doesNotContain(tenantA.serviceKey());
    }
  }

  @Test
  void theTenantsOwnAdmin_stillSeesItsRecordingsAndMeetings() {
    ApiClient a = api.asAdminOf(TenantA.ID);
    String recording = "api/gravacoes/" + tenantA.recordingId();

    Answer read = a.send(recording, "GET", null, null);
    Answer playback = a.send(recording + "/playback", "GET", null, null);
    Answer ofMeeting = a.send("api/gravacoes?reuniaoId=" + tenantA.meetingId(), "GET", null, null);

    assertThat(read.status()).as(read.body()).isEqualTo(200);
    assertThat(read.json().getString("tenantId")).isEqualTo(TenantA.ID);
    assertThat(playback.status()).as(playback.body()).isEqualTo(200);
    assertThat(playback.json().getString("url")).startsWith("http");
    assertThat(items(ofMeeting))
        .extracting(item -> item.getString("id"))
        .containsExactly(tenantA.recordingId());
    assertError(
        a.start(tenantA.busyRoom()), 409, "Já existe uma gravação em andamento nesta reunião");
  }

  @Test
  void aCookieSessionReads_butWritesOnlyFromTheServicesOwnOrigin() {
    String room = TenantA.newRoom(db, hms, "cookie");
    String cookie = "gravacoes_token=" + ItTokens.admin(TenantA.ID);
    String forgedCookie = "gravacoes_token=" + BadToken.WRONG_SECRET.token(TenantA.ID);
    String ownOrigin = api.base().getScheme() + "://" + api.base().getRawAuthority();
    String start = "{\"roomId\":\"" + room + "\"}";
    String path = "api/100ms/recording/start";

    HttpResponse<String> list = api.exchange("GET", "api/gravacoes", null, "Cookie", cookie);
    HttpResponse<String> noOrigin = api.exchange("POST", path, start, "Cookie", cookie);
    HttpResponse<String> evil =
        api.exchange("POST", path, start, "Cookie", cookie, "Origin", "http://evil.example");
    HttpResponse<String> opaque =
        api.exchange("POST", path, start, "Cookie", cookie, "Origin", "null");
    HttpResponse<String> forged =
        api.exchange("POST", path, start, "Cookie", forgedCookie, "Origin", ownOrigin);
    assertThat(db.recordingsOf(room)).isEmpty();
    HttpResponse<String> own =
        api.exchange("POST", path, start, "Cookie", cookie, "Origin", ownOrigin);

    assertThat(list.statusCode()).as(list.body()).isEqualTo(200);
    assertThat(list.body()).contains(tenantA.recordingId());
    for (HttpResponse<String> refused : List.of(noOrigin, evil, opaque)) {
      assertError(Answer.of(refused), 403, "Origem da requisição não permitida");
    }
    assertError(Answer.of(forged), 401, "Não autenticado");
    assertThat(own.statusCode()).as(own.body()).isEqualTo(200);
    assertThat(db.recordingsOf(room)).hasSize(1);
    // A bearer token is no ambient credential (a page elsewhere cannot send it): Origin is moot.
    HttpResponse<String> bearerFromElsewhere =
        api.exchange(
            "POST",
            "api/100ms/recording/stop",
            start,
            "Authorization",
            "Bearer " + ItTokens.admin(TenantA.ID),
            "Origin",
            "http://evil.example");
    assertThat(bearerFromElsewhere.statusCode()).as(bearerFromElsewhere.body()).isEqualTo(200);
  }

  @Test
  void signingIn_keepsTheBearerTokenInAStrictHttpOnlyCookie() {
    String token = ItTokens.admin(TenantA.ID);

    HttpResponse<String> signIn =
        api.exchange("POST", "api/sessao", null, "Authorization", "Bearer " + token);

    assertThat(signIn.statusCode()).as(signIn.body()).isEqualTo(200);
    String setCookie = signIn.headers().firstValue("Set-Cookie").orElseThrow();
    assertThat(setCookie).startsWith("gravacoes_token=" + token + ";");
    assertThat(Stream.of(setCookie.split(";")).map(String::strip).map(String::toLowerCase))
        .as(setCookie)
        .contains("httponly", "samesite=strict", "path=/")
        .doesNotContain("secure");
    HttpResponse<String> whoAmI =
        api.exchange("GET", "api/sessao", null, "Cookie", "gravacoes_token=" + token);
    assertThat(whoAmI.statusCode()).as(whoAmI.body()).isEqualTo(200);
    assertThat(Answer.of(whoAmI).json().getString("tenantId")).isEqualTo(TenantA.ID);
  }

  @Test
  void theWebhookNeedsNoToken_itsOwnSecretDecides() {
    String webhook = "api/100ms/webhooks";
    String secretHeader = "X-Gravacoes-Webhook-Secret";
    String event =
        "{\"id\":\"evt-acesso-"
            + UUID.randomUUID()
            + "\",\"type\":\"session.open.success\",\"data\":{}}";

    HttpResponse<String> noSecret = api.exchange("POST", webhook, event);
    HttpResponse<String> wrongSecret =
        api.exchange("POST", webhook, event, secretHeader, "nao-e-o-segredo");
    HttpResponse<String> rightSecretAndAGarbageBearer =
        api.exchange(
            "POST",
            webhook,
            event,
            secretHeader,
            "it-webhook-secret",
            "Authorization",
            "Bearer not-a-jwt");

    for (HttpResponse<String> refused : List.of(noSecret, wrongSecret)) {
      assertError(Answer.of(refused), 401, "Webhook não autenticado");
      assertThat(refused.headers().firstValue("WWW-Authenticate")).isEmpty();
    }
    assertThat(rightSecretAndAGarbageBearer.statusCode())
        .as(rightSecretAndAGarbageBearer.body())
        .isEqualTo(200);
    assertThat(Answer.of(rightSecretAndAGarbageBearer).json().getBoolean("ok")).isTrue();
  }

  @Test
  void bodiesOver64KB_areRefusedWith413_withOrWithoutContentLength() {
    byte[] tooLarge = startBody(room, 70 * 1024);
    byte[] largest = startBody(room, 64 * 1024);

    HttpResponse<String> declared = startWith(BodyPublishers.ofByteArray(tooLarge));
    HttpResponse<String> chunked =
        startWith(BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(tooLarge)));

    for (HttpResponse<String> refused : List.of(declared, chunked)) {
      assertThat(refused.statusCode()).as(refused.body()).isEqualTo(413);
      assertThat(refused.headers().firstValue("Content-Type").orElse(""))
          .startsWith("application/json");
      assertThat(Answer.of(refused).json().getString("error"))
          .startsWith("Corpo da requisição muito grande");
    }
    assertThat(db.recordingsOf(room)).isEmpty();
    assertThat(hms.runningRecordings(room)).isEmpty();
    HttpResponse<String> atTheLimit =
        startWith(BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(largest)));
    assertThat(atTheLimit.statusCode()).as(atTheLimit.body()).isEqualTo(200);
  }

  @Test
  void everyAdministratorAction_isAuditedUnderTheTokensSubject() {
    String room = TenantA.newRoom(db, hms, "auditoria");
    String subject = "auditora-" + UUID.randomUUID().toString().substring(0, 8);
    ApiClient admin =
        api.withToken(
            TestTokens.hs256(ItTokens.claims(TenantA.ID, "admin").subject(subject).build()));

    JsonObject started = admin.start(room).json().getJsonObject("recording");
    String id = started.getString("id");
    String meeting = started.getString("reuniaoId");
    assertThat(admin.stop(room).status()).isEqualTo(200);
    assertThat(admin.send("api/gravacoes/" + id + "/refresh", "POST", null, null).status())
        .isEqualTo(200);
    assertThat(admin.post("api/sync/retry", "").status()).isEqualTo(200);
    List<String> newestFirst =
        List.of(
            "sincronizacao.reenviada",
            "gravacao.atualizada",
            "gravacao.parada",
            "gravacao.iniciada");
    if (deployed(HMS_SETTINGS)) {
      String form =
          "{\"appAccessKey\":\""
              + TenantA.ACCESS_KEY
              + "\",\"appSecret\":\""
              + TenantA.APP_SECRET
              + "\",\"templateId\":\"tpl\"}";
      Answer saved = admin.send(HMS_SETTINGS, "PUT", "application/json", form);
      assertThat(saved.status()).as(saved.body()).isEqualTo(200);
      newestFirst =
          Stream.concat(Stream.of("integracao.100ms.alterada"), newestFirst.stream()).toList();
    }

    Answer trail = admin.send("api/auditoria?limite=100", "GET", null, null);

    List<JsonObject> mine =
        items(trail).stream().filter(e -> e.getString("usuario").equals(subject)).toList();
    assertThat(mine).extracting(e -> e.getString("acao")).containsExactlyElementsOf(newestFirst);
    assertThat(mine)
        .filteredOn(e -> e.getString("acao").startsWith("gravacao."))
        .hasSize(3)
        .allSatisfy(
            e -> {
              assertThat(e.getString("gravacaoId")).isEqualTo(id);
              assertThat(e.getString("reuniaoId")).isEqualTo(meeting);
            });
    assertThat(mine).allSatisfy(e -> assertThat(e.getString("ip")).isNotBlank());
    assertThat(trail.body()).doesNotContain(TenantA.APP_SECRET);
    assertThat(db.auditOf(TenantA.ID))
        .filteredOn(row -> row.get("usuario").equals(subject))
        .extracting(row -> row.get("acao"))
        .containsExactlyInAnyOrderElementsOf(newestFirst);
    JsonObject metadata =
        admin.send("api/gravacoes/" + id, "GET", null, null).json().getJsonObject("metadata");
    assertThat(metadata.getString("started_by")).isEqualTo(subject);
    assertThat(metadata.getString("stopped_by")).isEqualTo(subject);
  }

  private void assumeDeployed(ProtectedEndpoint endpoint) {
    if (endpoint.integrationSettings()) {
      String settings = endpoint.path().contains("supabase") ? SUPABASE_SETTINGS : HMS_SETTINGS;
      assumeTrue(deployed(settings), settings + " is not deployed yet");
    }
  }

  /** Whether the service has a resource at {@code path}, rather than the generic 404. */
  private boolean deployed(String path) {
    return DEPLOYED.computeIfAbsent(
        path,
        p -> {
          Answer probe = api.asAdminOf(TENANT_C).send(p, "GET", null, null);
          return !(probe.status() == 404 && probe.body().contains("Recurso não encontrado"));
        });
  }

  /** The endpoint on tenant A's idle room and completed recording, with the token (or none). */
  private HttpResponse<String> call(ProtectedEndpoint endpoint, String token) {
    String room = tenantA.idleRoom();
    String recording = tenantA.recordingId();
    return api.exchange(
        endpoint.method(),
        endpoint.path(room, recording),
        endpoint.body(room, recording),
        token == null ? new String[0] : new String[] {"Authorization", "Bearer " + token});
  }

  /**
   * Over HTTP/1.1: on an HTTP/2 connection the JDK client keeps sending a body the server refused
   * unread until the flow-control window runs out, then waits for a window update that never comes
   * (curl and browsers take the early 413 and stop).
   */
  private HttpResponse<String> startWith(BodyPublisher body) {
    return ApiClient.exchange(
        api.request("api/100ms/recording/start")
            .version(HttpClient.Version.HTTP_1_1)
            .header("Authorization", "Bearer " + ItTokens.admin(Fixtures.TENANT))
            .header("Content-Type", "application/json")
            .POST(body)
            .build());
  }

  /** A start in {@code roomId} padded to exactly {@code size} bytes of JSON. */
  private static byte[] startBody(String roomId, int size) {
    String head = "{\"roomId\":\"" + roomId + "\",\"padding\":\"";
    String tail = "\"}";
    return (head + "x".repeat(size - head.length() - tail.length()) + tail)
        .getBytes(StandardCharsets.UTF_8);
  }

  private static List<JsonObject> items(Answer page) {
    assertThat(page.status()).as(page.body()).isEqualTo(200);
    return page.json().getJsonArray("items").getValuesAs(JsonObject.class);
  }
}
