package br.com.gravacoes.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class LaunchOptionsTest {

  @Test
  void defaultsToLoopbackOnPort8090() {
    LaunchOptions options = LaunchOptions.parse();

    assertThat(options.settings())
        .isEqualTo(new SimulatorSettings("127.0.0.1", 8090, Duration.ZERO, null));
    assertThat(options.apps()).isEmpty();
  }

  @Test
  void readsEveryOptionAndRepeatedAppsAndRooms() {
    LaunchOptions options =
        LaunchOptions.parse(
            "--host",
            "0.0.0.0",
            "--port",
            "9000",
            "--asset-delay-ms",
            "1500",
            "--public-base-url",
            "http://demo.example",
            "--app",
            "key-a:secret:with:colons",
            "--app",
            "key-b:other",
            "--room",
            "key-a:room-1");

    assertThat(options.settings())
        .isEqualTo(
            new SimulatorSettings("0.0.0.0", 9000, Duration.ofMillis(1500), "http://demo.example"));
    assertThat(options.apps())
        .containsExactly(
            new LaunchOptions.Pair("key-a", "secret:with:colons"),
            new LaunchOptions.Pair("key-b", "other"));
    assertThat(options.rooms()).containsExactly(new LaunchOptions.Pair("key-a", "room-1"));
  }

  @Test
  void refusesUnknownOptionsAndMalformedValues() {
    assertThatThrownBy(() -> LaunchOptions.parse("--verbose", "yes"))
        .hasMessageContaining("--verbose");
    assertThatThrownBy(() -> LaunchOptions.parse("--port")).hasMessageContaining("missing value");
    assertThatThrownBy(() -> LaunchOptions.parse("--port", "http")).hasMessageContaining("number");
    assertThatThrownBy(() -> LaunchOptions.parse("--app", "no-colon"))
        .hasMessageContaining("accessKey:value");
  }
}
