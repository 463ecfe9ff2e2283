package br.com.gravacoes.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/**
 * A process's CPU time and peak resident memory, read from Linux's {@code /proc/<pid>} (the kernel
 * counts CPU in clock ticks of 1/100 s on every Linux this runs on).
 */
record ProcessUsage(Duration cpu, long peakRssKilobytes) {

  private static final long TICKS_PER_SECOND = 100;

  static ProcessUsage of(long pid) {
    try {
      String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
      // Fields after the command name (which may hold spaces) start at state, field 3.
      String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
      long ticks = Long.parseLong(fields[11]) + Long.parseLong(fields[12]); // utime + stime
      long peak = 0;
      for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
        if (line.startsWith("VmHWM:")) {
          peak = Long.parseLong(line.replaceAll("[^0-9]", ""));
        }
      }
      return new ProcessUsage(Duration.ofMillis(ticks * 1000 / TICKS_PER_SECOND), peak);
    } catch (IOException e) {
      throw new IllegalStateException("não consegui ler /proc/" + pid, e);
    }
  }

  /** CPU spent since {@code earlier}. */
  Duration cpuSince(ProcessUsage earlier) {
    return cpu.minus(earlier.cpu);
  }

  long peakRssMegabytes() {
    return peakRssKilobytes / 1024;
  }
}
