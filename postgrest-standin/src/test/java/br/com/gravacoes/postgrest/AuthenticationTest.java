package br.com.gravacoes.postgrest;

import static br.com.gravacoes.postgrest.RestClient.json;
import static br.com.gravacoes.postgrest.RestClient.send;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The gateway's API key check and PostgREST's JWT authentication and role privileges. */
class AuthenticationTest extends StandInTestBase {

  private static final SupabaseProject IMPOSTOR =
      new SupabaseProject(ALPHA.ref(), ALPHA.schema(), "another-secret-0123456789abcdef-0123");

  private final UUID id = UUID.randomUUID();

  @Test
  void withoutAnApiKeyTheGatewayAnswers401() {
    HttpResponse<String> response = send(alpha.post("gravacoes", "", Gravacoes.json(id, "x")));

    assertThat(response.statusCode()).isEqualTo(401);
    assertThat(json(response).getString("message")).isEqualTo("No API key found in request");
    assertThat(json(response).getString("hint"))
        .isEqualTo("No `apikey` request header or url param was found.");
    assertNothingWritten();
  }

  @Test
  void anApiKeyNotSignedWithTheProjectsSecretIsInvalid() {
    String forged = IMPOSTOR.keys().serviceRoleKey();

    HttpResponse<String> response =
        send(alpha.upsert("gravacoes", Gravacoes.json(id, "x")).setHeader("apikey", forged));

    assertThat(response.statusCode()).isEqualTo(401);
    assertThat(json(response).getString("message")).isEqualTo("Invalid API key");
    assertThat(json(response).getString("hint"))
        .isEqualTo("Double check your Supabase `anon` or `service_role` API key.");
    assertNothingWritten();
  }

  @Test
  void theGatewayAlsoReadsTheApiKeyFromTheUrl() {
    String key = ALPHA.keys().serviceRoleKey();

    HttpResponse<String> response =
        send(
            alpha
                .post("gravacoes", "apikey=" + key, Gravacoes.json(id, "recording"))
                .header("Authorization", "Bearer " + key));

    assertThat(response.statusCode()).isEqualTo(201);
  }

  @Test
  void aBearerTokenWithAForeignSignatureAnswersPgrst301() {
    assertJwtRefused(IMPOSTOR.keys().serviceRoleKey(), "PGRST301", "JWSError JWSInvalidSignature");
  }

  @Test
  void anExpiredBearerTokenAnswersPgrst303() {
    assertJwtRefused(ALPHA.keys().expiredServiceRoleKey(), "PGRST303", "JWT expired");
  }

  @Test
  void anUnsignedBearerTokenIsRefused() {
    String unsigned = Tokens.unsigned("{\"role\":\"service_role\",\"ref\":\"alpha\"}");

    assertJwtRefused(unsigned, "PGRST301", "JWSError JWSInvalidSignature");
  }

  @Test
  void aTokenSignedWithAnotherAlgorithmIsRefusedEvenWithTheRightSecret() {
    assertJwtRefused(
        Tokens.hs512(ALPHA.jwtSecret(), "service_role"),
        "PGRST301",
        "JWSError JWSInvalidSignature");
  }

  @Test
  void aTokenThatIsNotAJwsAnswersACompactDecodeError() {
    assertJwtRefused(
        "not-a-token",
        "PGRST301",
        "JWSError (CompactDecodeError Invalid number of parts: Expected 3 parts; got 1)");
  }

  @Test
  void theAnonKeyMayNotWrite() {
    String anon = ALPHA.keys().anonKey();

    HttpResponse<String> response =
        send(
            alpha
                .upsert("gravacoes", Gravacoes.json(id, "x"))
                .setHeader("apikey", anon)
                .setHeader("Authorization", "Bearer " + anon));

    assertPermissionDenied(response, 401);
  }

  @Test
  void withoutAuthorizationTheRequestRunsAsAnonAndMayNotWrite() {
    HttpResponse<String> response =
        send(
            alpha
                .post("gravacoes", "on_conflict=id", Gravacoes.json(id, "x"))
                .header("apikey", ALPHA.keys().serviceRoleKey()));

    assertPermissionDenied(response, 401);
  }

  @Test
  void anAuthenticatedUserWithoutPrivilegeGets403() {
    String user = ALPHA.keys().token("authenticated", Instant.now(), Instant.now().plusSeconds(60));

    HttpResponse<String> response =
        send(
            alpha
                .upsert("gravacoes", Gravacoes.json(id, "x"))
                .setHeader("Authorization", "Bearer " + user));

    assertPermissionDenied(response, 403);
  }

  private void assertJwtRefused(String token, String code, String message) {
    HttpResponse<String> response =
        send(
            alpha
                .upsert("gravacoes", Gravacoes.json(id, "x"))
                .setHeader("Authorization", "Bearer " + token));

    assertThat(response.statusCode()).isEqualTo(401);
    JsonObject error = json(response);
    assertThat(error.getString("code")).isEqualTo(code);
    assertThat(error.getString("message")).isEqualTo(message);
    assertThat(error.isNull("details")).isTrue();
    assertThat(error.isNull("hint")).isTrue();
    assertThat(response.headers().firstValue("WWW-Authenticate"))
        .hasValueSatisfying(value -> assertThat(value).contains("invalid_token"));
    assertNothingWritten();
  }

  private void assertPermissionDenied(HttpResponse<String> response, int status) {
    assertThat(response.statusCode()).isEqualTo(status);
    assertThat(json(response).getString("code")).isEqualTo("42501");
    assertThat(json(response).getString("message"))
        .isEqualTo("permission denied for table gravacoes");
    assertNothingWritten();
  }

  private void assertNothingWritten() {
    assertThat(Gravacoes.stored(dataSource, ALPHA, id)).isEmpty();
  }
}
