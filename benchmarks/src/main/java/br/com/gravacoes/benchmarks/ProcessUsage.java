package br.com.gravacoes.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/**
 * A process's CPU time (and its JIT compiler threads' share) and peak resident memory, read from
 * Linux's {@code /proc/<pid>} (the kernel counts CPU in clock ticks of 1/100 s on every Linux this
 * runs on).
 */
record ProcessUsage(Duration cpu, Duration jit, long peakRssKilobytes) {

  private static final long TICKS_PER_SECOND = 100;

  static ProcessUsage of(long pid) {
    try {
      long ticks = ticks(Path.of("/proc", Long.toString(pid), "stat"));
      // The JIT compiler threads (HotSpot names them "C1 CompilerThre…", "C2 CompilerThre…").
      long jitTicks = 0;
      try (var tasks = Files.list(Path.of("/proc", Long.toString(pid), "task"))) {
        for (Path task : tasks.toList()) {
          String name = Files.readString(task.resolve("comm")).strip();
          if (name.startsWith("C1 Compiler") || name.startsWith("C2 Compiler")) {
            jitTicks += ticks(task.resolve("stat"));
          }
        }
      }
      long peak = 0;
      for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
        if (line.startsWith("VmHWM:")) {
          peak = Long.parseLong(line.replaceAll("[^0-9]", ""));
        }
      }
      return new ProcessUsage(
          Duration.ofMillis(ticks * 1000 / TICKS_PER_SECOND),
          Duration.ofMillis(jitTicks * 1000 / TICKS_PER_SECOND),
          peak);
    } catch (IOException e) {
      throw new IllegalStateException("não consegui ler /proc/" + pid, e);
    }
  }

  /** CPU spent since {@code earlier}. */
  Duration cpuSince(ProcessUsage earlier) {
    return cpu.minus(earlier.cpu);
  }

  /** CPU the JIT compiler threads spent since {@code earlier}. */
  Duration jitSince(ProcessUsage earlier) {
    return jit.minus(earlier.jit);
  }

  /** utime + stime of a process or thread: fields 14 and 15, after the name in parentheses. */
  private static long ticks(Path stat) throws IOException {
    String line = Files.readString(stat);
    String[] fields = line.substring(line.lastIndexOf(')') + 2).split(" ");
    return Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
  }

  long peakRssMegabytes() {
    return peakRssKilobytes / 1024;
  }
}
