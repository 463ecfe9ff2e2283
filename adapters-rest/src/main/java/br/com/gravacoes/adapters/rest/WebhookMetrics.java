package br.com.gravacoes.adapters.rest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Locale;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;

/**
 * Counts the webhooks 100ms delivers, by event type and by what became of them, as {@code
 * gravacoes_webhook_events_total} in MicroProfile Metrics. The type is the service's own reading of
 * the event (started, stopped, ready, failed, other), so a sender cannot grow the label set.
 */
@ApplicationScoped
public class WebhookMetrics {

  static final String EVENTS = "gravacoes_webhook_events";

  /** The type label of a request whose event was never read (refused before or while reading). */
  static final String UNREAD = "unread";

  private static final Metadata METADATA =
      Metadata.builder()
          .withName(EVENTS)
          .withDescription(
              "Webhooks do 100ms recebidos, por tipo de evento e resultado (applied, duplicate,"
                  + " ignored, unmatched, unauthenticated, invalid)")
          .build();

  private MetricRegistry registry;

  protected WebhookMetrics() {}

  @Inject
  WebhookMetrics(MetricRegistry registry) {
    this.registry = registry;
  }

  public void received(String type, String outcome) {
    registry
        .counter(
            METADATA,
            new Tag("type", type.toLowerCase(Locale.ROOT)),
            new Tag("outcome", outcome.toLowerCase(Locale.ROOT)))
        .inc();
  }
}
