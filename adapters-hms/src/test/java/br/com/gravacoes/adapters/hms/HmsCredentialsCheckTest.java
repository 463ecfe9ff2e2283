package br.com.gravacoes.adapters.hms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import br.com.gravacoes.application.port.out.CredentialsCheck;
import br.com.gravacoes.application.port.out.SessionProviderRejectedException;
import br.com.gravacoes.application.port.out.SessionProviderTimeoutException;
import br.com.gravacoes.application.port.out.SessionProviderUnavailableException;
import br.com.gravacoes.domain.tenant.HmsCredentials;
import br.com.gravacoes.simulator.SimulatedOperation;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** "Testar Conexão 100ms" against the simulator over real HTTP: what each answer is taken for. */
class HmsCredentialsCheckTest extends SimulatedApp {

  @Test
  void givenCredentialsOfAnApp_thenTheyAreAccepted_andNothingChangesAt100ms() {
    assertThat(hms.checkCredentials(APP)).isEqualTo(CredentialsCheck.ACCEPTED);
    assertThat(simulator.recordings()).isEmpty();
  }

  @Test
  void givenAnAccessKey100msDoesNotKnow_thenTheAccessKeyIsWrong() {
    HmsCredentials unknown = new HmsCredentials("nobodys-key", APP.appSecret(), null);

    assertThat(hms.checkCredentials(unknown)).isEqualTo(CredentialsCheck.UNKNOWN_ACCESS_KEY);
  }

  @Test
  void givenTheAppsKeyWithAnotherSecret_thenTheSecretIsWrong() {
    HmsCredentials wrong =
        new HmsCredentials(APP.appAccessKey(), "another-secret-of-at-least-32-bytes!", null);

    assertThat(hms.checkCredentials(wrong)).isEqualTo(CredentialsCheck.WRONG_SECRET);
  }

  @Test
  void givenASecretTooShortToSignAToken_thenTheSecretIsWrong() {
    assertThat(hms.checkCredentials(new HmsCredentials(APP.appAccessKey(), "short", null)))
        .isEqualTo(CredentialsCheck.WRONG_SECRET);
  }

  @Test
  void givenTheRightSecretAfterAWrongOne_thenItIsAccepted() {
    hms.checkCredentials(new HmsCredentials(APP.appAccessKey(), "x".repeat(40), null));

    assertThat(hms.checkCredentials(APP)).isEqualTo(CredentialsCheck.ACCEPTED);
  }

  @Test
  void given100msDownSlowOrUnreachable_thenTheCheckFailsAsForAnyCall() {
    simulator.faults().failNext(SimulatedOperation.LIST_RECORDINGS, 1, 503);
    assertThatThrownBy(() -> hms.checkCredentials(APP))
        .isInstanceOf(SessionProviderUnavailableException.class)
        .hasMessageContaining("503");

    simulator.faults().hangNext(SimulatedOperation.LIST_RECORDINGS, 1, Duration.ofSeconds(3));
    assertThatThrownBy(() -> hms.checkCredentials(APP))
        .isInstanceOf(SessionProviderTimeoutException.class);

    assertThatThrownBy(() -> adapterFor(URI.create("http://127.0.0.1:1/v2")).checkCredentials(APP))
        .isInstanceOf(SessionProviderUnavailableException.class)
        .isNotInstanceOf(SessionProviderTimeoutException.class);
  }

  @Test
  void givenA401ThatDoesNotSayWhy_thenBothAreNamed() throws IOException {
    try (Stub stub = Stub.answering(401, "{\"code\":401,\"message\":\"Token validation error\"}")) {
      assertThat(adapterFor(stub.baseUrl()).checkCredentials(APP))
          .isEqualTo(CredentialsCheck.REFUSED);
      assertThat(stub.requests).containsExactly("GET /v2/recordings?limit=10");
    }
  }

  @Test
  void givenAnotherRefusal_thenItIsRejectedWithoutTheSecret() throws IOException {
    try (Stub stub =
        Stub.answering(
            403, "{\"code\":403,\"message\":\"user does not have required permission\"}")) {
      assertThatThrownBy(() -> adapterFor(stub.baseUrl()).checkCredentials(APP))
          .isInstanceOf(SessionProviderRejectedException.class)
          .hasMessage(
              "O 100ms recusou a verificação das credenciais (403: user does not have required"
                  + " permission)")
          .message()
          .doesNotContain(APP.appSecret());
    }
  }

  /** A 100ms that answers every call the same way, and remembers what it was asked. */
  private static final class Stub implements AutoCloseable {

    final List<String> requests = new ArrayList<>();
    private final HttpServer server;

    private Stub(HttpServer server) {
      this.server = server;
    }

    static Stub answering(int status, String body) throws IOException {
      HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
      Stub stub = new Stub(server);
      server.createContext(
          "/",
          exchange -> {
            synchronized (stub.requests) {
              stub.requests.add(
                  exchange.getRequestMethod() + " " + exchange.getRequestURI().toString());
            }
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(status, bytes.length);
            exchange.getResponseBody().write(bytes);
            exchange.close();
          });
      server.start();
      return stub;
    }

    URI baseUrl() {
      return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/v2");
    }

    @Override
    public void close() {
      server.stop(0);
    }
  }
}
