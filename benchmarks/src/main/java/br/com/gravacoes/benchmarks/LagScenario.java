package br.com.gravacoes.benchmarks;

import br.com.gravacoes.adapters.supabase.BenchmarkMirror;
import br.com.gravacoes.application.service.MirrorDeliveryService;
import br.com.gravacoes.domain.recording.Recording;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.locks.LockSupport;

/**
 * Scenario B: with the workers running, a producer changes recordings at a steady rate, round-robin
 * over the tenants, through the real recording repository; each change's lag runs from its commit
 * to the stand-in receiving the row that carries it.
 */
final class LagScenario {

  /** Recordings in rotation per change per second: each recording changes every 5 s. */
  private static final int SECONDS_BETWEEN_CHANGES_OF_A_RECORDING = 5;

  private static final Duration POLL = Duration.ofMillis(100);
  private static final Duration SETTLE_AT_MOST = Duration.ofSeconds(30);

  private LagScenario() {}

  static LagResult run(
      int tenants, int rate, Duration duration, Duration warmup, WorkerSettings settings) {
    try (MirrorStage stage = MirrorStage.open(tenants)) {
      List<Recording> recordings = claims(stage, rate);
      LagRecorder recorder = new LagRecorder();
      stage.standIn.onWrite(recorder::written);
      MirrorDeliveryService delivery =
          new MirrorDeliveryService(
              stage.outbox,
              stage.projects,
              BenchmarkMirror.create(WorkerSettings.CONNECT_TIMEOUT, WorkerSettings.READ_TIMEOUT),
              settings.policy(),
              () -> ThreadLocalRandom.current().nextDouble(),
              Clock.systemUTC());
      double achieved;
      long failures;
      try (DeliveryWorkers workers = new DeliveryWorkers(delivery, settings)) {
        workers.start();
        Progress.say(
            "atraso: %d mudanças/s por %d s (os primeiros %d s fora das estatísticas), %d gravações"
                + " em rodízio...",
            rate, duration.toSeconds(), warmup.toSeconds(), recordings.size());
        achieved = produce(stage, recordings, recorder, rate, duration, warmup);
        awaitDelivery(stage, recorder);
        failures = workers.failures() + workers.unavailable();
      }
      int verified = MirrorEquality.verify(stage);
      Progress.say(
          "atraso: %d mudanças entregues; %d linhas do espelho conferidas iguais às locais",
          recorder.changes(), verified);
      return new LagResult(
          rate,
          achieved,
          duration,
          warmup,
          recorder.lags(false),
          recorder.lags(true),
          stage.requestsReceived(),
          stage.rowsWritten(),
          verified,
          failures);
    }
  }

  /** Claims (no event) for every recording, ordered so consecutive ones are of other tenants. */
  private static List<Recording> claims(MirrorStage stage, int rate) {
    int perTenant =
        Math.max(
            1,
            (rate * SECONDS_BETWEEN_CHANGES_OF_A_RECORDING + stage.tenants.size() - 1)
                / stage.tenants.size());
    List<Recording> recordings = new ArrayList<>();
    for (int number = 0; number < perTenant; number++) {
      for (BenchTenant tenant : stage.tenants) {
        recordings.add(
            RecordingChanges.claim(stage.meetings, stage.recordings, tenant.id(), number));
      }
    }
    return recordings;
  }

  /** Makes the changes on schedule (change i due at i / rate); answers the rate kept. */
  private static double produce(
      MirrorStage stage,
      List<Recording> recordings,
      LagRecorder recorder,
      int rate,
      Duration duration,
      Duration warmup) {
    long total = rate * duration.toSeconds();
    long interval = 1_000_000_000L / rate;
    long start = System.nanoTime();
    for (long i = 0; i < total; i++) {
      long due = start + i * interval;
      for (long early = due - System.nanoTime(); early > 0; early = due - System.nanoTime()) {
        LockSupport.parkNanos(early);
      }
      int slot = (int) (i % recordings.size());
      Instant started = Instant.now();
      Recording changed = RecordingChanges.next(stage.recordings, recordings.get(slot));
      Instant committed = Instant.now();
      recordings.set(slot, changed);
      recorder.committed(changed.id(), started, committed, i * interval < warmup.toNanos());
    }
    return total / ((System.nanoTime() - start) / 1e9);
  }

  private static void awaitDelivery(MirrorStage stage, LagRecorder recorder) {
    long start = System.nanoTime();
    while (stage.pendingChanges() > 0 || !recorder.allDelivered()) {
      if (System.nanoTime() - start > SETTLE_AT_MOST.toNanos()) {
        Progress.say("atraso: nem todas as mudanças chegaram ao espelho em %s", SETTLE_AT_MOST);
        return;
      }
      Progress.pause(POLL);
    }
  }
}
