package br.com.gravacoes.adapters.rest;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.lang.reflect.Proxy;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class CorsFilterTest {

  private static final String PARTNER = "https://parceiro.example";

  private final CorsFilter filter = new CorsFilter();

  CorsFilterTest() {
    filter.settings = new CorsSettings(" https://parceiro.example/ , http://localhost:3000");
  }

  @Test
  void givenAPreflightFromAnAllowedOrigin_thenItIsAnsweredWithoutAuthentication() {
    Response answer = preflight(Map.of("Origin", PARTNER, "Access-Control-Request-Method", "POST"));

    assertThat(answer.getStatus()).isEqualTo(204);
    assertThat(answer.getHeaderString("Access-Control-Allow-Methods")).isEqualTo("GET, POST");
    assertThat(answer.getHeaderString("Access-Control-Allow-Headers"))
        .isEqualTo("Authorization, Content-Type");
  }

  @Test
  void givenAPreflightFromAnotherOrigin_thenItIsRefusedInPortuguese() {
    Response answer =
        preflight(
            Map.of("Origin", "https://intruso.example", "Access-Control-Request-Method", "GET"));

    assertThat(answer.getStatus()).isEqualTo(403);
    assertThat(answer.getEntity().toString()).contains("Origem da requisição não permitida");
  }

  @Test
  void givenAnOptionsThatIsNoPreflight_thenItIsLeftToTheResource() {
    assertThat(preflight(Map.of("Origin", PARTNER))).isNull();
    assertThat(preflight(Map.of("Access-Control-Request-Method", "GET"))).isNull();
  }

  @Test
  void givenNoOriginsConfigured_thenNoneIsAllowed() {
    CorsSettings none = new CorsSettings(" ");

    assertThat(none.allows(PARTNER)).isFalse();
    assertThat(none.allows(null)).isFalse();
    assertThat(filter.settings.allows("HTTPS://PARCEIRO.EXAMPLE")).isTrue();
    assertThat(filter.settings.allows("http://localhost:3001")).isFalse();
  }

  @Test
  void givenAnAnswerToAnAllowedOrigin_thenItIsReadableButNeverWithCredentials() {
    MultivaluedMap<String, Object> headers = answer(Map.of("Origin", PARTNER), "GET");

    assertThat(headers.getFirst("Access-Control-Allow-Origin")).isEqualTo(PARTNER);
    assertThat(headers).doesNotContainKey("Access-Control-Allow-Credentials");
    assertThat(headers.get("Vary")).containsExactly("Origin");
  }

  @Test
  void givenAnAnswerToAnotherOrigin_thenItHasNoCorsHeader() {
    MultivaluedMap<String, Object> headers =
        answer(Map.of("Origin", "https://intruso.example"), "GET");

    assertThat(headers).doesNotContainKey("Access-Control-Allow-Origin");
    assertThat(headers).doesNotContainKey("Access-Control-Allow-Credentials");
  }

  private MultivaluedMap<String, Object> answer(Map<String, String> headers, String method) {
    MultivaluedMap<String, Object> answerHeaders = new MultivaluedHashMap<>();
    ContainerResponseContext response =
        (ContainerResponseContext)
            Proxy.newProxyInstance(
                CorsFilterTest.class.getClassLoader(),
                new Class<?>[] {ContainerResponseContext.class},
                (proxy, called, args) -> {
                  if (called.getName().equals("getHeaders")) {
                    return answerHeaders;
                  }
                  throw new UnsupportedOperationException(called.getName());
                });
    filter.filter(request(headers, method, new AtomicReference<>()), response);
    return answerHeaders;
  }

  private Response preflight(Map<String, String> headers) {
    AtomicReference<Response> aborted = new AtomicReference<>();
    filter.filter(request(headers, "OPTIONS", aborted));
    return aborted.get();
  }

  private static ContainerRequestContext request(
      Map<String, String> headers, String httpMethod, AtomicReference<Response> aborted) {
    return (ContainerRequestContext)
        Proxy.newProxyInstance(
            CorsFilterTest.class.getClassLoader(),
            new Class<?>[] {ContainerRequestContext.class},
            (proxy, method, args) -> {
              switch (method.getName()) {
                case "getMethod":
                  return httpMethod;
                case "getHeaderString":
                  return headers.get((String) args[0]);
                case "abortWith":
                  aborted.set((Response) args[0]);
                  return null;
                default:
                  throw new UnsupportedOperationException(method.getName());
              }
            });
  }
}
