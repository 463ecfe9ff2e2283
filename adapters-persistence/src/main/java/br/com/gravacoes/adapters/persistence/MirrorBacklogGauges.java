package br.com.gravacoes.adapters.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Duration;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.MetricUnits;

/**
 * Publishes the Supabase mirror's backlog as MicroProfile Metrics gauges: {@code
 * gravacoes_mirror_backlog} (changes pending in {@code espelho_eventos}, all tenants) and {@code
 * gravacoes_mirror_lag_seconds} (age of the oldest pending one), read at most every {@link #FRESH}
 * within the health probe's time limit.
 */
@ApplicationScoped
public class MirrorBacklogGauges {

  static final Duration FRESH = Duration.ofSeconds(5);

  private static final String BACKLOG =
      """
      SELECT count(*), coalesce(extract(epoch FROM now() - min(criado_em)), 0)
      FROM espelho_eventos WHERE estado = 'pendente'
      """;

  @Inject DatabaseProbe probe;
  @Inject MetricRegistry registry;

  private CachedBacklog backlog;

  void onStart(@Observes @Initialized(ApplicationScoped.class) Object event) {
    backlog = new CachedBacklog(this::read, Clock.systemUTC(), FRESH);
    registry.gauge(
        Metadata.builder()
            .withName("gravacoes_mirror_backlog")
            .withDescription("Alterações de gravações ainda não entregues ao Supabase")
            .build(),
        backlog,
        cached -> cached.current().pending());
    registry.gauge(
        Metadata.builder()
            .withName("gravacoes_mirror_lag")
            .withDescription("Idade da alteração pendente mais antiga do espelho no Supabase")
            .withUnit(MetricUnits.SECONDS)
            .build(),
        backlog,
        cached -> cached.current().lagSeconds());
  }

  private CachedBacklog.Sample read() throws DatabaseProbe.ProbeFailedException {
    return probe.withConnection(
        "espelho",
        connection -> {
          try (PreparedStatement query = connection.prepareStatement(BACKLOG)) {
            query.setQueryTimeout((int) DatabaseProbe.LIMIT.toSeconds());
            try (ResultSet result = query.executeQuery()) {
              result.next();
              return new CachedBacklog.Sample(result.getLong(1), result.getDouble(2));
            }
          }
        });
  }
}
