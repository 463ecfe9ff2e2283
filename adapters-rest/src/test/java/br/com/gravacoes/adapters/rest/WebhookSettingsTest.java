package br.com.gravacoes.adapters.rest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class WebhookSettingsTest {

  @Test
  void onlyTheConfiguredSecretIsAccepted() {
    WebhookSettings settings = new WebhookSettings("X-Secret", Optional.of("s3cr3t"));

    assertThat(settings.accepts("s3cr3t")).isTrue();
    assertThat(settings.accepts("s3cr3")).isFalse();
    assertThat(settings.accepts("s3cr3t ")).isFalse();
    assertThat(settings.accepts(null)).isFalse();
  }

  @Test
  void withoutAConfiguredSecretEveryWebhookIsRefused() {
    assertThat(new WebhookSettings("X-Secret", Optional.empty()).accepts("")).isFalse();
    assertThat(new WebhookSettings("X-Secret", Optional.of("  ")).accepts("  ")).isFalse();
  }
}
