package br.com.gravacoes.benchmarks;

import br.com.gravacoes.domain.recording.Recording;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntConsumer;

/**
 * Writes a backlog of changes through the real recording repository while no worker runs: as many
 * recordings as needed, spread evenly over the tenants, each changed up to {@code perRecording}
 * times (confirm, stop, complete, then fresh playback URLs). The changes are written phase by phase
 * (every recording confirmed, then every one stopped...), so a tenant's oldest changes belong to
 * many recordings, as after an outage, rather than to one recording at a time.
 */
final class Backlog {

  private static final int WRITERS = 4;

  private Backlog() {}

  /** Writes exactly {@code changes} outbox events; answers how many recordings hold them. */
  static int build(MirrorStage stage, int changes, int perRecording) {
    int count = (changes + perRecording - 1) / perRecording;
    Recording[] recordings = new Recording[count];
    ExecutorService writers = Executors.newFixedThreadPool(WRITERS);
    try {
      inParallel(
          writers,
          count,
          i ->
              recordings[i] =
                  RecordingChanges.claim(
                      stage.meetings,
                      stage.recordings,
                      stage.tenants.get(i % stage.tenants.size()).id(),
                      i));
      for (int phase = 0; phase < perRecording; phase++) {
        int changedInPhase = Math.min(count, changes - phase * count);
        inParallel(
            writers,
            changedInPhase,
            i -> recordings[i] = RecordingChanges.next(stage.recordings, recordings[i]));
      }
    } finally {
      writers.shutdownNow();
    }
    return count;
  }

  /** Runs {@code work} for 0..count-1, split over the writers; rethrows the first failure. */
  private static void inParallel(ExecutorService writers, int count, IntConsumer work) {
    List<Future<?>> slices = new ArrayList<>();
    for (int writer = 0; writer < WRITERS; writer++) {
      int first = writer;
      slices.add(
          writers.submit(
              () -> {
                for (int i = first; i < count; i += WRITERS) {
                  work.accept(i);
                }
              }));
    }
    for (Future<?> slice : slices) {
      try {
        slice.get();
      } catch (ExecutionException e) {
        throw new IllegalStateException("building the backlog failed", e.getCause());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted while building the backlog", e);
      }
    }
  }
}
