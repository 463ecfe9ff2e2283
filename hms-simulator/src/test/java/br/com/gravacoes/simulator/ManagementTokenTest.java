package br.com.gravacoes.simulator;

import static br.com.gravacoes.simulator.ApiClient.ACCESS_KEY;
import static br.com.gravacoes.simulator.ApiClient.SECRET;
import static br.com.gravacoes.simulator.ApiClient.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jwt.JWTClaimsSet;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.Date;
import org.junit.jupiter.api.Test;

class ManagementTokenTest extends SimulatorTestBase {

  private static final String LIST = "/recordings";

  @Test
  void acceptsATokenBuiltLikeTheOfficialSdk() {
    assertThat(api.get(LIST).statusCode()).isEqualTo(200);
  }

  @Test
  void acceptsAppSecretsShorterThan256Bits() throws Exception {
    simulator.addApp("short-secret-app", "tiny");
    String token = Tokens.signWithAnySecret("tiny", Tokens.claims("short-secret-app").build());

    assertThat(callWith("Bearer " + token).statusCode()).isEqualTo(200);
  }

  @Test
  void rejectsAMissingAuthorizationHeader() {
    HttpResponse<String> response = api.send(api.request(LIST).GET());

    assertTokenRejected(response);
  }

  @Test
  void rejectsATokenSignedWithAnotherSecret() {
    String token = Tokens.management(ACCESS_KEY, SECRET.replace('0', 'x'));

    assertTokenRejected(callWith("Bearer " + token));
  }

  @Test
  void rejectsAnUnknownAccessKey() {
    assertTokenRejected(callWith("Bearer " + Tokens.management("someone-else", SECRET)));
  }

  @Test
  void rejectsAnExpiredToken() {
    JWTClaimsSet claims =
        Tokens.claims(ACCESS_KEY).expirationTime(Date.from(Instant.now().minusSeconds(1))).build();

    assertTokenRejected(callWith("Bearer " + Tokens.sign(JWSAlgorithm.HS256, SECRET, claims)));
  }

  @Test
  void rejectsATokenNotValidYetBeyondTheLeeway() {
    Date inAMinute = Date.from(Instant.now().plusSeconds(60));
    JWTClaimsSet claims =
        Tokens.claims(ACCESS_KEY).notBeforeTime(inAMinute).issueTime(inAMinute).build();

    assertTokenRejected(callWith("Bearer " + Tokens.sign(JWSAlgorithm.HS256, SECRET, claims)));
  }

  @Test
  void toleratesClockSkewWithinTenSeconds() {
    Date inFiveSeconds = Date.from(Instant.now().plusSeconds(5));
    JWTClaimsSet claims =
        Tokens.claims(ACCESS_KEY).notBeforeTime(inFiveSeconds).issueTime(inFiveSeconds).build();

    assertThat(callWith("Bearer " + Tokens.sign(JWSAlgorithm.HS256, SECRET, claims)).statusCode())
        .isEqualTo(200);
  }

  @Test
  void rejectsAnUnsignedToken() {
    assertTokenRejected(callWith("Bearer " + Tokens.unsigned(Tokens.claims(ACCESS_KEY).build())));
  }

  @Test
  void rejectsAlgorithmsOtherThanHs256() {
    String token = Tokens.sign(JWSAlgorithm.HS384, SECRET, Tokens.claims(ACCESS_KEY).build());

    assertTokenRejected(callWith("Bearer " + token));
  }

  @Test
  void rejectsATokenOfAnotherType() {
    JWTClaimsSet claims = Tokens.claims(ACCESS_KEY).claim("type", "app").build();

    assertTokenRejected(callWith("Bearer " + Tokens.sign(JWSAlgorithm.HS256, SECRET, claims)));
  }

  @Test
  void rejectsATokenOfAnotherVersion() {
    JWTClaimsSet claims = Tokens.claims(ACCESS_KEY).claim("version", 1).build();

    assertTokenRejected(callWith("Bearer " + Tokens.sign(JWSAlgorithm.HS256, SECRET, claims)));
  }

  @Test
  void rejectsATokenWithoutJti() {
    JWTClaimsSet claims = Tokens.claims(ACCESS_KEY).jwtID(null).build();

    assertTokenRejected(callWith("Bearer " + Tokens.sign(JWSAlgorithm.HS256, SECRET, claims)));
  }

  @Test
  void rejectsGarbage() {
    assertTokenRejected(callWith("Bearer not-a-jwt"));
    assertTokenRejected(callWith("Basic dXNlcjpwYXNz"));
  }

  private static HttpResponse<String> callWith(String authorization) {
    return api.send(api.request(LIST).GET().header("Authorization", authorization));
  }

  private static void assertTokenRejected(HttpResponse<String> response) {
    assertThat(response.statusCode()).isEqualTo(401);
    assertThat(response.headers().firstValue("Content-Type")).hasValue("application/json");
    JsonObject error = json(response);
    assertThat(error.getInt("code")).isEqualTo(401);
    assertThat(error.getString("message")).isEqualTo("Token validation error");
    assertThat(error.getJsonArray("details")).hasSize(1);
  }
}
