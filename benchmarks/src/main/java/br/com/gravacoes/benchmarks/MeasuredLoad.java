package br.com.gravacoes.benchmarks;

import br.com.gravacoes.systemtests.RecordingClient;
import br.com.gravacoes.systemtests.RecordingClient.Answer;
import br.com.gravacoes.systemtests.ToggleLedger;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;

/**
 * Closed-loop load: each client owns one meeting and, without pause, starts and stops its recording
 * over HTTP, as an admin clicking the toggle as fast as the service answers. Only the cycles that
 * begin inside the measured window count.
 */
final class MeasuredLoad {

  /** What one load level produced in its measured window. */
  record Result(
      int clients,
      Duration window,
      long cycles,
      Latencies start,
      Latencies stop,
      long errors,
      List<String> errorSamples,
      Duration serviceCpu,
      Duration serviceJitCpu) {

    double cyclesPerSecond() {
      return cycles / (window.toNanos() / 1e9);
    }
  }

  private MeasuredLoad() {}

  /**
   * Runs {@code rooms.size()} clients for {@code warmup} then {@code measured}; every client
   * finishes its cycle (its recording stopped) before this returns. {@code ledger} notes every
   * answer, warm-up included, for the end-state check.
   */
  static Result run(
      RecordingClient client,
      List<String> rooms,
      Duration warmup,
      Duration measured,
      ToggleLedger ledger,
      long servicePid)
      throws InterruptedException {
    long began = System.nanoTime();
    long windowStart = began + warmup.toNanos();
    long windowEnd = windowStart + measured.toNanos();
    List<Worker> workers = new ArrayList<>();
    CountDownLatch done = new CountDownLatch(rooms.size());
    List<String> errorSamples = Collections.synchronizedList(new ArrayList<>());
    for (String room : rooms) {
      Worker worker = new Worker(client, room, windowStart, windowEnd, ledger, errorSamples, done);
      workers.add(worker);
      Thread thread = new Thread(worker, "toggle-" + room);
      thread.setDaemon(true);
      thread.start();
    }
    // The service's CPU over the measured window: its whole work per cycle, background included.
    pauseUntil(windowStart);
    ProcessUsage atStart = ProcessUsage.of(servicePid);
    pauseUntil(windowEnd);
    ProcessUsage atEnd = ProcessUsage.of(servicePid);
    Duration serviceCpu = atEnd.cpuSince(atStart);
    Duration serviceJitCpu = atEnd.jitSince(atStart);
    done.await();
    long cycles = 0;
    long errors = 0;
    Samples starts = new Samples();
    Samples stops = new Samples();
    for (Worker worker : workers) {
      cycles += worker.cycles;
      errors += worker.errors;
      starts.addAll(worker.starts);
      stops.addAll(worker.stops);
    }
    return new Result(
        rooms.size(),
        measured,
        cycles,
        starts.latencies(),
        stops.latencies(),
        errors,
        List.copyOf(errorSamples.subList(0, Math.min(5, errorSamples.size()))),
        serviceCpu,
        serviceJitCpu);
  }

  private static void pauseUntil(long nanoTime) throws InterruptedException {
    long wait = nanoTime - System.nanoTime();
    if (wait > 0) {
      Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
    }
  }

  /** One client's loop. */
  private static final class Worker implements Runnable {

    private final RecordingClient client;
    private final String room;
    private final long windowStart;
    private final long windowEnd;
    private final ToggleLedger ledger;
    private final List<String> errorSamples;
    private final CountDownLatch done;
    private final Samples starts = new Samples();
    private final Samples stops = new Samples();
    private long cycles;
    private long errors;

    Worker(
        RecordingClient client,
        String room,
        long windowStart,
        long windowEnd,
        ToggleLedger ledger,
        List<String> errorSamples,
        CountDownLatch done) {
      this.client = client;
      this.room = room;
      this.windowStart = windowStart;
      this.windowEnd = windowEnd;
      this.ledger = ledger;
      this.errorSamples = errorSamples;
      this.done = done;
    }

    @Override
    public void run() {
      try {
        while (System.nanoTime() < windowEnd) {
          long cycleBegan = System.nanoTime();
          boolean measured = cycleBegan >= windowStart;
          Answer start = call(true);
          Answer stop = call(false);
          // Only answered successes go into the percentiles: a fast refusal would flatter them.
          if (measured && start.status() == 200) {
            starts.add(start.elapsed().toNanos());
          }
          if (measured && stop.status() == 200) {
            stops.add(stop.elapsed().toNanos());
          }
          if (measured && start.status() == 200 && stop.status() == 200) {
            cycles++;
          }
        }
      } finally {
        done.countDown();
      }
    }

    private Answer call(boolean start) {
      try {
        Answer answer = start ? client.start(room) : client.stop(room);
        if (start) {
          ledger.started(room, answer);
        } else {
          ledger.stopped(room, answer);
        }
        if (answer.status() != 200) {
          error((start ? "start " : "stop ") + answer.status() + " " + answer.body());
        }
        return answer;
      } catch (Exception e) {
        ledger.unanswered(start ? "start" : "stop");
        error((start ? "start " : "stop ") + e);
        return new Answer(-1, "", Duration.ZERO);
      }
    }

    private void error(String sample) {
      errors++;
      if (errorSamples.size() < 20) {
        errorSamples.add(sample.length() > 300 ? sample.substring(0, 300) : sample);
      }
    }
  }

  /** A growable array of nanosecond samples. */
  private static final class Samples {

    private long[] values = new long[1024];
    private int count;

    void add(long nanos) {
      if (count == values.length) {
        values = Arrays.copyOf(values, count * 2);
      }
      values[count++] = nanos;
    }

    void addAll(Samples other) {
      for (int i = 0; i < other.count; i++) {
        add(other.values[i]);
      }
    }

    Latencies latencies() {
      return Latencies.of(values, count);
    }
  }
}
