package br.com.gravacoes.adapters.supabase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import br.com.gravacoes.application.port.out.MirrorRejectedException;
import br.com.gravacoes.application.port.out.MirrorUnavailableException;
import br.com.gravacoes.application.port.out.MirroredRecording;
import br.com.gravacoes.domain.tenant.MirrorProject;
import br.com.gravacoes.postgrest.GravacoesRows;
import br.com.gravacoes.postgrest.RecordedRequest;
import br.com.gravacoes.postgrest.SupabaseProject;
import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The mirror adapter against the PostgREST stand-in over HTTP, on a real PostgreSQL schema. */
class SupabaseRecordingMirrorTest extends StandInProjects {

  @Test
  void sendsEveryColumnAsTheSeedDoes_andTheMirroredRowEqualsTheLocalOne() {
    MirroredRecording completed = completed(UUID.randomUUID());
    MirroredRecording active = active(UUID.randomUUID());

    mirror.upsert(project(PROJECT), List.of(completed, active));

    assertThat(mirroredRow(PROJECT, completed.id())).isEqualTo(expectedColumns(completed));
    assertThat(mirroredRow(PROJECT, active.id())).isEqualTo(expectedColumns(active));
  }

  @Test
  void sendsTheHeadersAndParametersOfSupabaseJsBulkUpsert() {
    // One key: the stand-in mints keys with the current second as iat, so two calls may differ.
    String key = PROJECT.keys().serviceRoleKey();
    mirror.upsert(
        new MirrorProject(standIn.baseUrl(PROJECT.ref()), key), List.of(active(UUID.randomUUID())));

    RecordedRequest request = standIn.lastRequest(PROJECT.ref()).orElseThrow();
    assertThat(request.method()).isEqualTo("POST");
    assertThat(request.path()).isEqualTo("/rest/v1/gravacoes");
    assertThat(request.headers().get("apikey")).containsExactly(key);
    assertThat(request.headers().get("Authorization")).containsExactly("Bearer " + key);
    assertThat(request.headers().get("Prefer").get(0)).contains("resolution=merge-duplicates");
    assertThat(request.headers().get("Content-Profile")).containsExactly("public");
    assertThat(request.headers().get("Content-Type").get(0)).startsWith("application/json");
    String query = URLDecoder.decode(request.rawQuery(), StandardCharsets.UTF_8);
    assertThat(query).contains("on_conflict=id");
    assertThat(query).contains("columns=\"id\",\"reuniao_id\",\"tenant_id\"");
    assertThat(query).contains("\"metadata\",\"created_at\",\"updated_at\"");
  }

  @Test
  void aNewerStateReplacesTheMirroredRow() {
    UUID id = UUID.randomUUID();
    mirror.upsert(project(PROJECT), List.of(active(id)));

    MirroredRecording completed = completed(id);
    mirror.upsert(project(PROJECT), List.of(completed));

    assertThat(mirroredRow(PROJECT, id)).isEqualTo(expectedColumns(completed));
  }

  @Test
  void aWrongKeyIsARefusal_whoseMessageNeverCarriesTheKey() {
    String wrongKey = SupabaseProject.withRandomSecret("acme").keys().serviceRoleKey();
    MirrorProject wrong = new MirrorProject(standIn.baseUrl(PROJECT.ref()), wrongKey);

    assertThatThrownBy(() -> mirror.upsert(wrong, List.of(active(UUID.randomUUID()))))
        .isInstanceOf(MirrorRejectedException.class)
        .hasMessageContaining("401")
        .message()
        .doesNotContain(wrongKey)
        .doesNotContain(PROJECT.keys().serviceRoleKey());
  }

  @Test
  void aMissingTableIsARefusal() {
    assertThatThrownBy(() -> mirror.upsert(project(NO_TABLE), List.of(active(UUID.randomUUID()))))
        .isInstanceOf(MirrorRejectedException.class)
        .hasMessageContaining("404")
        .hasMessageContaining("PGRST205");
  }

  @Test
  void aMissingColumnIsARefusal() {
    assertThatThrownBy(() -> mirror.upsert(project(OLD_TABLE), List.of(active(UUID.randomUUID()))))
        .isInstanceOf(MirrorRejectedException.class)
        .hasMessageContaining("400")
        .hasMessageContaining("PGRST204")
        .hasMessageContaining("thumbnail_url");
  }

  @Test
  void serverErrorsAndRateLimitsAreWorthRetrying() {
    standIn.failNext(
        1, 503, "{\"code\":\"PGRST002\",\"details\":null,\"hint\":null,\"message\":\"down\"}");
    assertThatThrownBy(() -> mirror.upsert(project(PROJECT), List.of(active(UUID.randomUUID()))))
        .isInstanceOf(MirrorUnavailableException.class)
        .hasMessageContaining("503");

    standIn.failNext(1, 429, "{\"message\":\"rate limited\"}");
    assertThatThrownBy(() -> mirror.upsert(project(PROJECT), List.of(active(UUID.randomUUID()))))
        .isInstanceOf(MirrorUnavailableException.class)
        .hasMessageContaining("429");
  }

  @Test
  void aProjectThatIsDown_isWorthRetrying_andNothingWasSent() {
    standIn.down();

    assertThatThrownBy(() -> mirror.upsert(project(PROJECT), List.of(active(UUID.randomUUID()))))
        .isInstanceOfSatisfying(
            MirrorUnavailableException.class,
            failure -> assertThat(failure.outcomeUnknown()).isFalse())
        .hasMessage("Supabase inacessível (conexão recusada)");
  }

  @Test
  void aProjectTooSlowToAnswer_isWorthRetrying_butTheRowsMayStillLand() {
    standIn.delay(Duration.ofMillis(3000));

    assertThatThrownBy(() -> mirror.upsert(project(PROJECT), List.of(active(UUID.randomUUID()))))
        .isInstanceOfSatisfying(
            MirrorUnavailableException.class,
            failure -> assertThat(failure.outcomeUnknown()).isTrue())
        .hasMessage("Supabase inacessível (tempo esgotado)");
  }

  @Test
  void aRedirectIsARefusal_neverASuccess_andIsNotFollowedWithTheKey() throws Exception {
    // A project URL written http:// for an https:// project: the proxy redirects to the stand-in.
    HttpServer redirecting = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    redirecting.createContext(
        "/",
        exchange -> {
          exchange
              .getResponseHeaders()
              .add("Location", standIn.baseUrl(PROJECT.ref()) + "/rest/v1/gravacoes");
          exchange.sendResponseHeaders(301, -1);
          exchange.close();
        });
    redirecting.start();
    try {
      MirrorProject redirected =
          new MirrorProject(
              URI.create("http://127.0.0.1:" + redirecting.getAddress().getPort() + "/acme"),
              PROJECT.keys().serviceRoleKey());
      long before = standIn.requestsReceived(PROJECT.ref());

      assertThatThrownBy(() -> mirror.upsert(redirected, List.of(active(UUID.randomUUID()))))
          .isInstanceOf(MirrorRejectedException.class)
          .hasMessageContaining("redirecionou")
          .hasMessageContaining("301");
      assertThat(standIn.requestsReceived(PROJECT.ref())).isEqualTo(before);
    } finally {
      redirecting.stop(0);
    }
  }

  @Test
  void aRowTheTableRefuses_isARefusalOfSomeRows_whileASchemaProblemIsNot() {
    standIn.failNext(
        1,
        409,
        "{\"code\":\"23505\",\"details\":null,\"hint\":null,\"message\":\"duplicate key\"}");
    assertThatThrownBy(() -> mirror.upsert(project(PROJECT), List.of(active(UUID.randomUUID()))))
        .isInstanceOfSatisfying(
            MirrorRejectedException.class,
            refusal -> assertThat(refusal.concernsSomeRows()).isTrue());

    assertThatThrownBy(() -> mirror.upsert(project(OLD_TABLE), List.of(active(UUID.randomUUID()))))
        .isInstanceOfSatisfying(
            MirrorRejectedException.class,
            refusal -> assertThat(refusal.concernsSomeRows()).isFalse());
  }

  @Test
  void aProjectUrlWithATrailingSlashWorksToo() {
    MirroredRecording row = active(UUID.randomUUID());
    MirrorProject slashed =
        new MirrorProject(
            URI.create(standIn.baseUrl(PROJECT.ref()) + "/"), PROJECT.keys().serviceRoleKey());

    mirror.upsert(slashed, List.of(row));

    assertThat(mirroredRow(PROJECT, row.id())).isEqualTo(expectedColumns(row));
  }

  @Test
  void aProjectUrlOnThisServicesOwnNetworkIsRefused_unlessConfiguredForLocalUse() {
    SupabaseRecordingMirror guarded =
        new SupabaseRecordingMirror(Duration.ofMillis(500), Duration.ofMillis(1500), false);
    long before = standIn.requestsReceived(PROJECT.ref());

    assertThatThrownBy(() -> guarded.upsert(project(PROJECT), List.of(active(UUID.randomUUID()))))
        .isInstanceOf(MirrorRejectedException.class)
        .hasMessageContaining("endereço interno");
    assertThatThrownBy(
            () ->
                guarded.upsert(
                    new MirrorProject(URI.create("http://169.254.169.254/latest"), "k"),
                    List.of(active(UUID.randomUUID()))))
        .isInstanceOf(MirrorRejectedException.class);
    assertThat(standIn.requestsReceived(PROJECT.ref())).isEqualTo(before);
  }

  private static MirroredRecording active(UUID id) {
    Instant created = Instant.now().truncatedTo(ChronoUnit.MICROS);
    return new MirroredRecording(
        id,
        UUID.randomUUID(),
        "acme",
        "sala-1",
        "sessao-1",
        "rec-" + id,
        null,
        "recording",
        created,
        null,
        null,
        null,
        null,
        null,
        "{}",
        created,
        created);
  }

  private static MirroredRecording completed(UUID id) {
    Instant created = Instant.parse("2026-11-26T10:00:00.123456Z");
    return new MirroredRecording(
        id,
        UUID.randomUUID(),
        "acme",
        "sala-2",
        "sessao-2",
        "rec-2",
        "asset-2",
        "completed",
        created,
        created.plusSeconds(61),
        61,
        "https://videos.example/2.mp4?sig=a%2Bb",
        9_876_543_210L,
        null,
        "{\"stop_reason\": \"manual\", \"tentativas\": 2, \"nested\": {\"ok\": true}}",
        created,
        created.plusSeconds(70));
  }

  /** What the mirrored row must hold, in the order {@link #mirroredRow} reads the columns. */
  private static List<Object> expectedColumns(MirroredRecording row) {
    List<Object> columns = new ArrayList<>();
    columns.add(row.id().toString());
    columns.add(row.meetingId().toString());
    columns.add(row.tenantId());
    columns.add(row.roomId());
    columns.add(row.hmsSessionId());
    columns.add(row.hmsRecordingId());
    columns.add(row.assetId());
    columns.add(row.status());
    columns.add(row.startedAt());
    columns.add(row.stoppedAt());
    columns.add(row.durationSeconds());
    columns.add(row.fileUrl());
    columns.add(row.fileSizeBytes());
    columns.add(row.thumbnailUrl());
    columns.add(canonicalJson(row.metadataJson()));
    columns.add(row.createdAt());
    columns.add(row.updatedAt());
    return columns;
  }

  private static String canonicalJson(String json) {
    return query("SELECT CAST(CAST(? AS jsonb) AS text)", json).get(0).toString();
  }

  private static List<Object> mirroredRow(SupabaseProject project, UUID id) {
    List<List<Object>> rows =
        GravacoesRows.read(supabase, project.schema() + ".gravacoes", "id = CAST(? AS uuid)", id);
    assertThat(rows).as("the mirrored row of " + id).hasSize(1);
    return rows.get(0);
  }

  private static List<Object> query(String sql, String parameter) {
    try (Connection connection = supabase.getConnection();
        PreparedStatement statement = connection.prepareStatement(sql)) {
      statement.setString(1, parameter);
      try (ResultSet result = statement.executeQuery()) {
        assertThat(result.next()).as("a row for " + parameter).isTrue();
        List<Object> columns = new ArrayList<>();
        for (int i = 1; i <= result.getMetaData().getColumnCount(); i++) {
          Object value = result.getObject(i);
          columns.add(value instanceof java.sql.Timestamp t ? t.toInstant() : value);
        }
        return columns;
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }
}
