package br.com.gravacoes.adapters.supabase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import br.com.gravacoes.application.port.out.MirrorProjectCheck;
import br.com.gravacoes.application.port.out.MirrorProjectCheck.Verdict;
import br.com.gravacoes.application.port.out.MirrorRejectedException;
import br.com.gravacoes.application.port.out.MirrorUnavailableException;
import br.com.gravacoes.domain.tenant.MirrorProject;
import br.com.gravacoes.postgrest.RecordedRequest;
import br.com.gravacoes.postgrest.SupabaseProject;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** "Testar Conexão" of the Supabase settings against the PostgREST stand-in over HTTP. */
class SupabaseProjectCheckTest extends StandInProjects {

  @Test
  void aProjectReadyForTheMirrorIsAccepted_andNothingIsWritten() {
    assertThat(mirror.check(project(PROJECT))).isEqualTo(MirrorProjectCheck.of(Verdict.ACCEPTED));

    assertThat(standIn.rowsWritten(PROJECT.ref())).isZero();
  }

  @Test
  void theCheckSendsTheMirrorsOwnRequest_withNoRows() {
    // One key: the stand-in mints keys with the current second as iat.
    String key = PROJECT.keys().serviceRoleKey();
    mirror.check(withKey(PROJECT, key));

    RecordedRequest request = standIn.lastRequest(PROJECT.ref()).orElseThrow();
    assertThat(request.method()).isEqualTo("POST");
    assertThat(request.path()).isEqualTo("/rest/v1/gravacoes");
    assertThat(request.headers().get("apikey")).containsExactly(key);
    assertThat(request.headers().get("Authorization")).containsExactly("Bearer " + key);
    assertThat(request.headers().get("Prefer").get(0)).contains("resolution=merge-duplicates");
    String query = URLDecoder.decode(request.rawQuery(), StandardCharsets.UTF_8);
    assertThat(query)
        .contains("on_conflict=id")
        .contains("columns=" + MirrorRowJson.COLUMNS_PARAMETER);
  }

  @Test
  void wrongExpiredOrUnprivilegedKeysAreTheKey() {
    String otherProjectsKey = SupabaseProject.withRandomSecret("outra").keys().serviceRoleKey();
    String authenticated =
        PROJECT.keys().token("authenticated", Instant.now(), Instant.now().plusSeconds(600));

    assertThat(mirror.check(withKey(PROJECT, otherProjectsKey)).verdict())
        .isEqualTo(Verdict.KEY_REJECTED);
    assertThat(mirror.check(withKey(PROJECT, PROJECT.keys().expiredServiceRoleKey())).verdict())
        .isEqualTo(Verdict.KEY_REJECTED);
    assertThat(mirror.check(withKey(PROJECT, authenticated)).verdict())
        .isEqualTo(Verdict.KEY_REJECTED);
    assertThat(mirror.check(withKey(PROJECT, "not-a-jwt")).verdict())
        .isEqualTo(Verdict.KEY_REJECTED);
  }

  @Test
  void theAnonKeyIsNamedAsSuch_withoutAsking() {
    long before = standIn.requestsReceived(PROJECT.ref());

    assertThat(mirror.check(withKey(PROJECT, PROJECT.keys().anonKey())).verdict())
        .isEqualTo(Verdict.PUBLIC_KEY);
    assertThat(standIn.requestsReceived(PROJECT.ref())).isEqualTo(before);
  }

  @Test
  void aMissingTableOrColumnIsNamed() {
    assertThat(mirror.check(project(NO_TABLE)))
        .isEqualTo(MirrorProjectCheck.of(Verdict.TABLE_MISSING));
    assertThat(mirror.check(project(OLD_TABLE)))
        .isEqualTo(MirrorProjectCheck.columnMissing("thumbnail_url"));
  }

  @Test
  void aUrlThatIsNoProjectIsARefusalThatSaysToCheckTheUrl() {
    String key = PROJECT.keys().serviceRoleKey();
    MirrorProject nowhere = new MirrorProject(URI.create(standIn.origin() + "/nao-existe"), key);

    assertThatThrownBy(() -> mirror.check(nowhere))
        .isInstanceOf(MirrorRejectedException.class)
        .hasMessageContaining("404")
        .hasMessageEndingWith("confira a URL do projeto")
        .message()
        .doesNotContain(key);
  }

  @Test
  void aProjectDownOrFailingIsUnreachable() {
    standIn.failNext(
        1, 503, "{\"code\":\"PGRST002\",\"details\":null,\"hint\":null,\"message\":\"down\"}");
    assertThatThrownBy(() -> mirror.check(project(PROJECT)))
        .isInstanceOf(MirrorUnavailableException.class);

    standIn.down();
    assertThatThrownBy(() -> mirror.check(project(PROJECT)))
        .isInstanceOf(MirrorUnavailableException.class)
        .hasMessage("Supabase inacessível (conexão recusada)");
  }

  @Test
  void aProjectTooSlowIsUnreachable() {
    standIn.delay(Duration.ofMillis(3000));

    assertThatThrownBy(() -> mirror.check(project(PROJECT)))
        .isInstanceOf(MirrorUnavailableException.class)
        .hasMessage("Supabase inacessível (tempo esgotado)");
  }
}
