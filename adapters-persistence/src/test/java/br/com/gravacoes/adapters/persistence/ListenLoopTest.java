package br.com.gravacoes.adapters.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import br.com.gravacoes.adapters.persistence.testing.TestDatabase;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The listening thread survives more than SQL failures: it never dies silently. */
class ListenLoopTest {

  private static TestDatabase database;

  @BeforeAll
  static void create() {
    database = TestDatabase.fresh();
  }

  @AfterAll
  static void drop() {
    database.drop();
  }

  @Test
  void givenAnErrorThrownDuringListening_thenTheLoopReconnectsInsteadOfDying() throws Exception {
    AtomicInteger resyncs = new AtomicInteger();
    ListenLoop loop =
        new ListenLoop(
            database.jdbcUrl()
                + "?user="
                + database.user()
                + (database.password().isEmpty() ? "" : "&password=" + database.password()),
            change -> {},
            () -> {
              if (resyncs.incrementAndGet() == 1) {
                throw new AssertionError("um ouvinte quebrado");
              }
            });
    Thread thread = new Thread(loop, "listen-loop-test");
    thread.setDaemon(true);
    thread.start();
    try {
      long deadline = System.currentTimeMillis() + 5_000;
      while (resyncs.get() < 2 && System.currentTimeMillis() < deadline) {
        Thread.sleep(20);
      }
      assertThat(resyncs.get()).isGreaterThanOrEqualTo(2);
      assertThat(thread.isAlive()).isTrue();
    } finally {
      loop.stop();
      thread.join(5_000);
    }
  }
}
