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
    return serviceCycles == 0 ? 0 : serviceCpu.toMillis() / 1e3 / serviceCycles * 1000;
  }
}
