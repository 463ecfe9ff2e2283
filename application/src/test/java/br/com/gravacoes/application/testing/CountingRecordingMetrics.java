package br.com.gravacoes.application.testing;

import br.com.gravacoes.application.port.out.RecordingMetrics;
import java.util.concurrent.atomic.AtomicInteger;

/** A {@link RecordingMetrics} that keeps the counts, for tests to read. */
public final class CountingRecordingMetrics implements RecordingMetrics {

  private final AtomicInteger started = new AtomicInteger();
  private final AtomicInteger stopped = new AtomicInteger();
  private final AtomicInteger failed = new AtomicInteger();

  @Override
  public void started() {
    started.incrementAndGet();
  }

  @Override
  public void stopped() {
    stopped.incrementAndGet();
  }

  @Override
  public void failed() {
    failed.incrementAndGet();
  }

  public int startedCount() {
    return started.get();
  }

  public int stoppedCount() {
    return stopped.get();
  }

  public int failedCount() {
    return failed.get();
  }
}
