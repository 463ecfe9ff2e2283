package br.com.gravacoes.benchmarks;

import br.com.gravacoes.application.port.in.DeliverMirrorUseCase;
import br.com.gravacoes.application.port.in.MirrorDeliveryReport;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * {@code MirrorDeliveryWorker}'s loop on plain threads instead of the container's managed scheduled
 * executor: the same number of workers, staggered over the poll interval, each delivering tenant
 * after tenant (at most 100 per run) until there is nothing to do, then sleeping one interval.
 */
final class DeliveryWorkers implements AutoCloseable {

  private static final int DELIVERIES_PER_RUN = 100;

  private final DeliverMirrorUseCase delivery;
  private final WorkerSettings settings;
  private final ScheduledExecutorService executor;
  private final AtomicLong failures = new AtomicLong();
  private final AtomicLong unavailable = new AtomicLong();
  private final AtomicLong firstRun = new AtomicLong();

  DeliveryWorkers(DeliverMirrorUseCase delivery, WorkerSettings settings) {
    this.delivery = delivery;
    this.settings = settings;
    AtomicInteger number = new AtomicInteger();
    this.executor =
        Executors.newScheduledThreadPool(
            settings.workers(),
            task -> {
              Thread thread = new Thread(task, "mirror-worker-" + number.incrementAndGet());
              thread.setDaemon(true);
              return thread;
            });
  }

  void start() {
    long interval = settings.pollInterval().toMillis();
    for (int worker = 0; worker < settings.workers(); worker++) {
      long firstRun = interval + worker * interval / settings.workers();
      executor.scheduleWithFixedDelay(this::run, firstRun, interval, TimeUnit.MILLISECONDS);
    }
  }

  private void run() {
    firstRun.compareAndSet(0, System.nanoTime());
    try {
      for (int round = 0; round < DELIVERIES_PER_RUN; round++) {
        MirrorDeliveryReport report = delivery.deliverNextTenant();
        if (report.unavailable()) {
          unavailable.incrementAndGet();
        }
        if (report.isIdle()) {
          break;
        }
      }
    } catch (RuntimeException failure) {
      // The service has logged it; the container's worker would try again next interval too.
      failures.incrementAndGet();
    }
  }

  /** {@link System#nanoTime()} when the first worker first looked for work; 0 before. */
  long firstRunNanos() {
    return firstRun.get();
  }

  /** Runs that ended with an unexpected exception. */
  long failures() {
    return failures.get();
  }

  /** Deliveries that found a project unavailable (down, slow, 5xx). */
  long unavailable() {
    return unavailable.get();
  }

  /** Lets the deliveries in progress finish; the next runs are not started. */
  @Override
  public void close() {
    executor.shutdown();
    try {
      if (!executor.awaitTermination(30, TimeUnit.SECONDS)) {
        throw new IllegalStateException("delivery workers still busy after 30 s");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
