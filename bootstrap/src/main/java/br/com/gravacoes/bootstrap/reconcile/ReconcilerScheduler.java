package br.com.gravacoes.bootstrap.reconcile;

import br.com.gravacoes.application.port.in.ReconcileRecordingsUseCase;
import br.com.gravacoes.application.port.in.ReconcileReport;
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
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import javax.naming.InitialContext;
import javax.naming.NamingException;

/**
 * Runs the reconciler on the container's managed scheduled executor, with a fixed delay between
 * passes (so passes of one instance never overlap; other instances are kept apart by the schedule's
 * leases). A failing pass is logged and the next one runs as usual.
 */
@ApplicationScoped
public class ReconcilerScheduler {

  private static final Logger LOG = System.getLogger("gravacoes.reconcile");
  private static final String EXECUTOR = "java:comp/DefaultManagedScheduledExecutorService";
  private static final long STARTUP_DELAY_MS = 2_000;

  @Inject ReconcilerSettings settings;
  @Inject ReconcileRecordingsUseCase reconciler;

  private ScheduledFuture<?> task;

  void onStart(
      @Observes
          @Priority(Interceptor.Priority.APPLICATION + 100)
          @Initialized(ApplicationScoped.class)
          Object event)
      throws NamingException {
    if (!settings.enabled()) {
      LOG.log(Level.INFO, "[Reconcile] Desligado por configuração");
      return;
    }
    ManagedScheduledExecutorService executor = InitialContext.doLookup(EXECUTOR);
    long interval = settings.interval().toMillis();
    // Payara binds the adapters' persistence contexts only once the deployment has finished, a
    // little after this observer runs: the first pass waits for that.
    long firstPass = Math.max(interval, STARTUP_DELAY_MS);
    task = executor.scheduleWithFixedDelay(this::pass, firstPass, interval, TimeUnit.MILLISECONDS);
    LOG.log(Level.INFO, "[Reconcile] Verificando gravações a cada {0} ms", interval);
  }

  private void pass() {
    try {
      ReconcileReport report = reconciler.reconcileDue();
      if (report.checked() + report.eventsRetried() > 0) {
        LOG.log(
            Level.INFO,
            "[Reconcile] {0} verificadas, {1} alteradas, {2} eventos reprocessados",
            report.checked(),
            report.changed(),
            report.eventsRetried());
      }
    } catch (RuntimeException failure) {
      LOG.log(Level.WARNING, "[Reconcile] Falha na verificação: " + failure.getMessage(), failure);
    }
  }

  @PreDestroy
  void stop() {
    if (task != null) {
      task.cancel(false);
    }
  }
}
