package br.com.gravacoes.bootstrap.metrics;

import br.com.gravacoes.application.port.out.RecordingMetrics;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.metrics.Counter;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;

/**
 * The {@link RecordingMetrics} port as MicroProfile Metrics counters in the application registry,
 * scraped from {@code /metrics} as {@code gravacoes_recordings_*_total}.
 */
@ApplicationScoped
public class MicroProfileRecordingMetrics implements RecordingMetrics {

  @Inject MetricRegistry registry;

  private Counter started;
  private Counter stopped;
  private Counter failed;

  @PostConstruct
  void register() {
    started =
        counter(
            "gravacoes_recordings_started", "Gravações iniciadas (início confirmado pelo 100ms)");
    stopped =
        counter(
            "gravacoes_recordings_stopped", "Gravações que deixaram de gravar (por qualquer via)");
    failed = counter("gravacoes_recordings_failed", "Gravações que terminaram em failed");
  }

  private Counter counter(String name, String description) {
    return registry.counter(Metadata.builder().withName(name).withDescription(description).build());
  }

  @Override
  public void started() {
    started.inc();
  }

  @Override
  public void stopped() {
    stopped.inc();
  }

  @Override
  public void failed() {
    failed.inc();
  }
}
