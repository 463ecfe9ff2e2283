package br.com.gravacoes.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LaunchOptionsTest {

  @Test
  void defaultsToLoopbackOnPort8090() {
    LaunchOptions options = LaunchOptions.parse();

    assertThat(options.settings())
        .isEqualTo(new SimulatorSettings("127.0.0.1", 8090, Duration.ZERO, null));
    assertThat(options.apps()).isEmpty();
    assertThat(options.webhooks()).isEmpty();
  }

  @Test
  void readsWebhooksEachWithEveryWebhookHeader() {
    LaunchOptions options =
        LaunchOptions.parse(
            "--webhook-header",
            "X-Secret:a:b",
            "--webhook",
            "key-a=http://127.0.0.1:9000/hooks?x=1",
            "--webhook",
            "key-b=https://hooks.example/100ms",
            "--webhook-header",
            "X-Other:c");

    Map<String, String> headers = Map.of("X-Secret", "a:b", "X-Other", "c");
    assertThat(options.webhooks())
        .containsOnly(
            Map.entry(
                "key-a",
                new WebhookSettings(URI.create("http://127.0.0.1:9000/hooks?x=1"), headers)),
            Map.entry(
                "key-b", new WebhookSettings(URI.create("https://hooks.example/100ms"), headers)));
  }

  @Test
  void refusesMalformedWebhooks() {
    assertThatThrownBy(() -> LaunchOptions.parse("--webhook", "http://no-key"))
        .hasMessageContaining("accessKey=url");
    assertThatThrownBy(() -> LaunchOptions.parse("--webhook", "k=ftp://host/x"))
        .hasMessageContaining("http or https");
    assertThatThrownBy(() -> LaunchOptions.parse("--webhook-header", "X-Secret:v"))
        .hasMessageContaining("needs a --webhook");
    assertThatThrownBy(
            () -> LaunchOptions.parse("--webhook", "k=http://h", "--webhook-header", "novalue"))
        .hasMessageContaining("Name:Value");
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
