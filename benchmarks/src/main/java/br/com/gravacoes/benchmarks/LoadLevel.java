package br.com.gravacoes.benchmarks;

import java.time.Duration;

/**
 * One row of the load table: a client count at one simulator latency, what the clients saw, what
 * the service spent, and the end-state check that followed.
 */
record LoadLevel(
    int latencyMs,
    ToggleLoad.Result load,
    Duration serviceCpu,
    long serviceCycles,
    long peakRssMegabytes,
    LoadConsistency.Check check) {

  /** The service's CPU seconds per 1,000 cycles over the measured window. */
  double cpuSecondsPerThousandCycles() {
    return serviceCycles == 0 ? 0 : serviceCpu.toMillis() / 1e3 / serviceCycles * 1000;
  }
}
