package br.com.gravacoes.simulator;

import java.net.URI;
import java.net.http.HttpRequest;
import java.util.Map;
import java.util.Objects;

/**
 * Where an app's webhook events go, as configured in the 100ms dashboard.
 *
 * @param url the one endpoint that receives every event of the app, http or https
 * @param headers the secret headers sent with every delivery (100ms signs nothing); null means none
 */
public record WebhookSettings(URI url, Map<String, String> headers) {

  public WebhookSettings {
    Objects.requireNonNull(url, "url");
    String scheme = url.getScheme();
    if (!"http".equalsIgnoreCase(scheme) && !"https".equalsIgnoreCase(scheme)) {
      throw new IllegalArgumentException("webhook url must be http or https: " + url);
    }
    headers = headers == null ? Map.of() : Map.copyOf(headers);
    // Fails now, not on the first delivery, for names the HTTP client refuses (Host,
    // Connection...).
    HttpRequest.Builder probe = HttpRequest.newBuilder(url);
    headers.forEach(probe::header);
  }
}
