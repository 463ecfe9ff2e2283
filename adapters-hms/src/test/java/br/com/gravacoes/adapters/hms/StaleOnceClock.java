package br.com.gravacoes.adapters.hms;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicBoolean;

/** A clock that is wrong by {@code lag} the first time it is read, and right afterwards. */
final class StaleOnceClock extends Clock {

  private final Duration lag;
  private final AtomicBoolean read = new AtomicBoolean();

  StaleOnceClock(Duration lag) {
    this.lag = lag;
  }

  @Override
  public Instant instant() {
    Instant now = Instant.now();
    return read.getAndSet(true) ? now : now.minus(lag);
  }

  @Override
  public ZoneId getZone() {
    return ZoneOffset.UTC;
  }

  @Override
  public Clock withZone(ZoneId zone) {
    return this;
  }
}
