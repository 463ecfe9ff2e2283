package br.com.gravacoes.benchmarks;

import br.com.gravacoes.systemtests.EndStateReport;
import java.time.Duration;

/**
 * One row of the load table: a client count at one simulator latency, what the clients saw, what
 * the service spent, and the end-state check that followed.
 */
record LoadLevel(
    int latencyMs,
    MeasuredLoad.Result load,
    Duration serviceCpu,
    long serviceCycles,
    long peakRssMegabytes,
    EndStateReport check,
    Duration settle) {

  /** The service's CPU seconds per 1,000 cycles over the measured window. */
  double cpuSecondsPerThousandCycles() {
    return perThousandCycles(serviceCpu);
  }

  /** As {@link #cpuSecondsPerThousandCycles()}, leaving out the JIT compiler threads. */
  double cpuSecondsPerThousandCyclesWithoutJit() {
    return perThousandCycles(serviceCpu.minus(load.serviceJitCpu()));
  }

  /** The service's CPU over the window, in cores (1.0 = one core busy all the time). */
  double cores() {
    return serviceCpu.toMillis() / (double) load.window().toMillis();
  }

  private double perThousandCycles(Duration cpu) {
    return serviceCycles == 0 ? 0 : cpu.toMillis() / 1e3 / serviceCycles * 1000;
  }
}
