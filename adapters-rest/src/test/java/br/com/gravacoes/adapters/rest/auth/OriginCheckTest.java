package br.com.gravacoes.adapters.rest.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

class OriginCheckTest {

  @Test
  void givenAConfiguredOriginWithATrailingSlash_thenTheBrowsersOriginMatchesIt() {
    Set<String> configured = Set.of("https://App.Example/");

    assertThat(OriginCheck.allows("https://app.example", "gravacoes.local", configured)).isTrue();
    assertThat(OriginCheck.allows(" https://APP.example ", "gravacoes.local", configured)).isTrue();
  }

  @Test
  void givenConfiguredOrigins_thenAnyOtherOriginIsRefused() {
    Set<String> configured = Set.of("https://app.example/");

    assertThat(OriginCheck.allows("https://app.example:8443", "app.example", configured)).isFalse();
    assertThat(OriginCheck.allows("http://app.example", "app.example", configured)).isFalse();
    assertThat(OriginCheck.allows("https://evil.example", "app.example", configured)).isFalse();
    assertThat(OriginCheck.allows("null", "app.example", configured)).isFalse();
    assertThat(OriginCheck.allows(null, "app.example", configured)).isFalse();
  }

  @Test
  void givenNoConfiguredOrigin_thenOnlyTheServicesOwnHostIsAllowed() {
    assertThat(OriginCheck.allows("http://localhost:8080", "localhost:8080", Set.of())).isTrue();
    assertThat(OriginCheck.allows("https://svc.example", "svc.example:443", Set.of())).isTrue();
    assertThat(OriginCheck.allows("https://other.example", "svc.example", Set.of())).isFalse();
  }
}
