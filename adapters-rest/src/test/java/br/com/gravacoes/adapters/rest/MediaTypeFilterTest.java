package br.com.gravacoes.adapters.rest;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Response;
import java.lang.reflect.Proxy;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MediaTypeFilterTest {

  @ParameterizedTest
  @ValueSource(strings = {"garbage", "application/json;;;=", "/", "application/json; charset"})
  void anUnreadableContentType_isRefusedWith415InPortuguese(String header) {
    Response refused = filter(header);

    assertThat(refused.getStatus()).isEqualTo(415);
    assertThat(refused.getMediaType().toString()).startsWith("application/json");
    assertThat(refused.getEntity().toString()).contains(MediaTypeFilter.UNREADABLE_TYPE);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "application/json; charset=ebcdic-desconhecido",
        "application/json; charset=\"utf 8\"",
        "application/json; charset=x-nao-existe"
      })
  void aCharsetThisJvmDoesNotKnow_isRefusedWith415_notLeftToBecomeA500(String header) {
    Response refused = filter(header);

    assertThat(refused.getStatus()).isEqualTo(415);
    assertThat(refused.getEntity().toString()).contains(MediaTypeFilter.UNKNOWN_CHARSET);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"application/json", "application/json; charset=UTF-8", "text/plain", "  "})
  void aReadableContentType_isLeftToTheResource(String header) {
    assertThat(filter(header)).isNull();
  }

  private static Response filter(String contentType) {
    AtomicReference<Response> aborted = new AtomicReference<>();
    ContainerRequestContext request =
        (ContainerRequestContext)
            Proxy.newProxyInstance(
                MediaTypeFilterTest.class.getClassLoader(),
                new Class<?>[] {ContainerRequestContext.class},
                (proxy, method, args) -> {
                  switch (method.getName()) {
                    case "getHeaderString":
                      return "Content-Type".equalsIgnoreCase((String) args[0]) ? contentType : null;
                    case "abortWith":
                      aborted.set((Response) args[0]);
                      return null;
                    default:
                      throw new UnsupportedOperationException(method.getName());
                  }
                });
    new MediaTypeFilter().filter(request);
    return aborted.get();
  }
}
