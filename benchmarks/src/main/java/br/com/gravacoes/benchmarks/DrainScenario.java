package br.com.gravacoes.benchmarks;

import br.com.gravacoes.adapters.supabase.BenchmarkMirror;
import br.com.gravacoes.application.port.out.MirrorOutbox;
import br.com.gravacoes.application.port.out.RecordingMirrorPort;
import br.com.gravacoes.application.service.MirrorDeliveryService;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Scenario A: a backlog written while no worker runs (the mirror was off, or Supabase down), then
 * the workers start and drain it; timed until the outbox is empty, then the mirror is checked equal
 * to the local table.
 */
final class DrainScenario {

  private static final Duration POLL = Duration.ofMillis(100);
  private static final Duration GIVE_UP_AFTER = Duration.ofMinutes(10);

  private DrainScenario() {}

  static DrainResult run(
      String label, int tenants, int changes, int perRecording, WorkerSettings settings) {
    try (MirrorStage stage = MirrorStage.open(tenants)) {
      Progress.say(
          "%s: escrevendo backlog de %d mudanças em %d tenants...", label, changes, tenants);
      long buildStart = System.nanoTime();
      int recordings = Backlog.build(stage, changes, perRecording);
      Duration build = Duration.ofNanos(System.nanoTime() - buildStart);
      long waiting = stage.pendingChanges();
      if (waiting != changes) {
        throw new IllegalStateException(
            "backlog has " + waiting + " pending changes, expected " + changes);
      }
      Progress.say(
          "%s: backlog pronto em %.1f s (%d gravações); drenando com lote %d...",
          label, build.toMillis() / 1e3, recordings, settings.batchSize());
      StepTimes steps = new StepTimes();
      MirrorDeliveryService delivery =
          new MirrorDeliveryService(
              steps.timed(MirrorOutbox.class, "outbox", stage.outbox),
              stage.projects,
              steps.timed(
                  RecordingMirrorPort.class,
                  "mirror",
                  BenchmarkMirror.create(
                      WorkerSettings.CONNECT_TIMEOUT, WorkerSettings.READ_TIMEOUT)),
              settings.policy(),
              () -> ThreadLocalRandom.current().nextDouble(),
              Clock.systemUTC());
      Duration elapsed;
      Duration sinceStart;
      long failures;
      try (DeliveryWorkers workers = new DeliveryWorkers(delivery, settings)) {
        long start = System.nanoTime();
        workers.start();
        awaitEmptyOutbox(stage, start);
        // The outbox emptied when the last delivery was noted: exact, unlike the polling above.
        long end = steps.lastEnd("outbox.delivered").orElseThrow();
        elapsed = Duration.ofNanos(end - workers.firstRunNanos());
        sinceStart = Duration.ofNanos(end - start);
        failures = workers.failures() + workers.unavailable();
      }
      long parked = stage.parkedChanges();
      if (parked > 0) {
        throw new IllegalStateException(parked + " changes were parked (refused by the mirror)");
      }
      int verified = MirrorEquality.verify(stage);
      Progress.say(
          "%s: drenado em %.2f s; %d linhas do espelho conferidas iguais às locais",
          label, elapsed.toMillis() / 1e3, verified);
      return new DrainResult(
          label,
          settings.batchSize(),
          changes,
          recordings,
          stage.requestsReceived(),
          stage.rowsWritten(),
          elapsed,
          sinceStart,
          build,
          verified,
          failures,
          steps.snapshot());
    }
  }

  private static void awaitEmptyOutbox(MirrorStage stage, long start) {
    while (stage.pendingChanges() > 0) {
      if (System.nanoTime() - start > GIVE_UP_AFTER.toNanos()) {
        throw new IllegalStateException(
            "outbox not drained after " + GIVE_UP_AFTER + ": " + stage.pendingChanges() + " left");
      }
      Progress.pause(POLL);
    }
  }
}
