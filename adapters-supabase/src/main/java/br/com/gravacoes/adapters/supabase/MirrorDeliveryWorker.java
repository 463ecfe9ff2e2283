package br.com.gravacoes.adapters.supabase;

import br.com.gravacoes.application.port.in.DeliverMirrorUseCase;
import br.com.gravacoes.application.port.in.MirrorDeliveryReport;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Priority;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import javax.naming.InitialContext;
import javax.naming.NamingException;

/**
 * Drains the mirror's outbox on the container's managed scheduled executor: a few workers, each
 * claiming one tenant at a time, so a slow or dead project holds up at most one worker while the
 * others serve the remaining tenants. Each worker keeps delivering while there is work, then sleeps
 * one poll interval.
 */
@ApplicationScoped
public class MirrorDeliveryWorker {

  private static final Logger LOG = System.getLogger("gravacoes.mirror");
  private static final String EXECUTOR = "java:comp/DefaultManagedScheduledExecutorService";
  // Bounds one run so a worker's thread goes back to the pool now and then.
  private static final int DELIVERIES_PER_RUN = 100;
  // Payara binds the persistence context of the adapters' beans only once the deployment has
  // finished, a little after this observer runs: a first run right away fails its lookup.
  private static final long STARTUP_DELAY_MS = 2_000;

  @Inject MirrorSettings settings;
  @Inject DeliverMirrorUseCase delivery;

  private final List<ScheduledFuture<?>> tasks = new ArrayList<>();
  private final FailureLog failures = new FailureLog(LOG);

  void onStart(
      @Observes
          @Priority(Interceptor.Priority.APPLICATION + 100)
          @Initialized(ApplicationScoped.class)
          Object event)
      throws NamingException {
    if (!settings.enabled()) {
      LOG.log(Level.INFO, "[Recording Sync] Espelho do Supabase desligado por configuração");
      return;
    }
    if (settings.requestBudget().compareTo(settings.lease()) >= 0) {
      throw new IllegalStateException(
          "gravacoes.mirror.lease-seconds must exceed the connect and read timeouts plus 2 s");
    }
    ManagedScheduledExecutorService executor = InitialContext.doLookup(EXECUTOR);
    long interval = settings.pollInterval().toMillis();
    for (int worker = 0; worker < settings.workers(); worker++) {
      // Staggered, so the workers' polls spread over the interval.
      long firstRun = STARTUP_DELAY_MS + worker * interval / settings.workers();
      tasks.add(
          executor.scheduleWithFixedDelay(this::run, firstRun, interval, TimeUnit.MILLISECONDS));
    }
    LOG.log(
        Level.INFO,
        "[Recording Sync] {0} entregadores, verificando a cada {1} ms",
        settings.workers(),
        interval);
  }

  private void run() {
    try {
      for (int round = 0; round < DELIVERIES_PER_RUN; round++) {
        MirrorDeliveryReport report = delivery.deliverNextTenant();
        if (report.isIdle()) {
          break;
        }
      }
      failures.recovered();
    } catch (RuntimeException | Error failure) {
      // Anything escaping would cancel this worker's schedule for good, silently.
      failures.failed(failure);
    }
  }

  @PreDestroy
  void stop() {
    tasks.forEach(task -> task.cancel(false));
  }
}
