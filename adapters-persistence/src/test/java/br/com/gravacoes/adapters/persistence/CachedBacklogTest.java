package br.com.gravacoes.adapters.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import br.com.gravacoes.adapters.persistence.CachedBacklog.Sample;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.Deque;
import org.junit.jupiter.api.Test;

class CachedBacklogTest {

  private Instant now = Instant.parse("2026-01-12T10:00:00Z");
  private final Deque<Object> answers = new ArrayDeque<>();
  private int reads;

  private final CachedBacklog backlog =
      new CachedBacklog(
          () -> {
            reads++;
            Object next = answers.pop();
            if (next instanceof Exception failure) {
              throw failure;
            }
            return (Sample) next;
          },
          new Clock() {
            @Override
            public Instant instant() {
              return now;
            }

            @Override
            public java.time.ZoneId getZone() {
              return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(java.time.ZoneId zone) {
              return this;
            }
          },
          Duration.ofSeconds(5));

  @Test
  void withinThePeriod_theDatabaseIsAskedOnce() {
    answers.add(new Sample(3, 12.5));

    assertThat(backlog.current()).isEqualTo(new Sample(3, 12.5));
    now = now.plusSeconds(4);
    assertThat(backlog.current()).isEqualTo(new Sample(3, 12.5));
    assertThat(reads).isEqualTo(1);
  }

  @Test
  void whenAReadFails_theLastValuesStay_andTheNextPeriodAsksAgain() {
    answers.add(new Sample(3, 12.5));
    answers.add(new IllegalStateException("banco fora do ar"));
    answers.add(new Sample(0, 0));

    backlog.current();
    now = now.plusSeconds(6);
    assertThat(backlog.current()).isEqualTo(new Sample(3, 12.5));
    assertThat(backlog.current()).isEqualTo(new Sample(3, 12.5));
    assertThat(reads).isEqualTo(2);
    now = now.plusSeconds(6);
    assertThat(backlog.current()).isEqualTo(Sample.NONE);
  }

  @Test
  void beforeAnyReadingSucceeded_theBacklogIsZero() {
    answers.add(new IllegalStateException("banco fora do ar"));

    assertThat(backlog.current()).isEqualTo(Sample.NONE);
  }
}
