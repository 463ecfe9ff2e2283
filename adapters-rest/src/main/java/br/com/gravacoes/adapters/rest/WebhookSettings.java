package br.com.gravacoes.adapters.rest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The secret header the 100ms dashboard is configured to send with every webhook (100ms does not
 * sign webhooks). With no secret configured every webhook is refused.
 */
@ApplicationScoped
public class WebhookSettings {

  private String headerName;
  private Optional<String> secret;

  /** For the CDI proxy only. */
  protected WebhookSettings() {}

  @Inject
  public WebhookSettings(
      @ConfigProperty(
              name = "gravacoes.webhook.header",
              defaultValue = "X-Gravacoes-Webhook-Secret")
          String headerName,
      @ConfigProperty(name = "gravacoes.webhook.secret") Optional<String> secret) {
    this.headerName = headerName;
    this.secret = secret.filter(value -> !value.isBlank());
  }

  public String headerName() {
    return headerName;
  }

  /** Compares in constant time, so the answer's timing reveals nothing about the secret. */
  public boolean accepts(String presented) {
    if (secret.isEmpty() || presented == null) {
      return false;
    }
    return MessageDigest.isEqual(
        secret.get().getBytes(StandardCharsets.UTF_8), presented.getBytes(StandardCharsets.UTF_8));
  }
}
