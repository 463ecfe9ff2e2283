package br.com.gravacoes.adapters.rest.auth;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ws.rs.core.Response;
import java.time.Clock;
import org.junit.jupiter.api.Test;

class DemoSessionResourceTest {

  private final DemoSessionResource resource;

  DemoSessionResourceTest() {
    AuthSettings settings = new AuthSettings();
    settings.allowedOrigins = " ";
    resource = new DemoSessionResource(settings, false, Clock.systemUTC());
  }

  @Test
  void givenASignInWithoutAnOrigin_thenItIsRefusedAsAForgedCrossSiteWrite() {
    Response answer = resource.signIn(null, null, "gravacoes.example");

    assertThat(answer.getStatus()).isEqualTo(403);
    assertThat(answer.getEntity().toString())
        .isEqualTo("{\"error\":\"Origem da requisição não permitida\"}");
  }

  @Test
  void givenASignInFromAnotherSite_thenItIsRefused() {
    Response answer = resource.signIn(null, "https://intruso.example", "gravacoes.example");

    assertThat(answer.getStatus()).isEqualTo(403);
  }

  @Test
  void givenASignInFromTheServicesOwnPage_thenTheOriginCheckLetsItThrough() {
    Response answer = resource.signIn(null, "https://gravacoes.example", "gravacoes.example");

    // The demo mode is off here: past the check, the answer is that it is unavailable.
    assertThat(answer.getStatus()).isEqualTo(404);
  }
}
