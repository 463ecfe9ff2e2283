package br.com.gravacoes.adapters.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import br.com.gravacoes.adapters.persistence.testing.TestDatabase;
import java.lang.reflect.Proxy;
import java.net.ServerSocket;
import java.sql.Connection;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponse.Status;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;

class DatabaseHealthCheckTest {

  private final ExecutorService executor = Executors.newCachedThreadPool();
  private final CountDownLatch release = new CountDownLatch(1);

  @AfterEach
  void stopThreads() {
    release.countDown();
    executor.shutdownNow();
  }

  @Test
  void givenPostgresAnswers_thenTheCheckIsUp() {
    TestDatabase database = TestDatabase.fresh();
    try {
      HealthCheckResponse response = check(database.dataSource(), Duration.ofSeconds(2)).call();

      assertThat(response.getName()).isEqualTo("banco-de-dados");
      assertThat(response.getStatus()).isEqualTo(Status.UP);
    } finally {
      database.drop();
    }
  }

  @Test
  void givenNothingListensOnThePort_thenTheCheckIsDownWithTheReason() throws Exception {
    PGSimpleDataSource closed = new PGSimpleDataSource();
    try (ServerSocket socket = new ServerSocket(0)) {
      closed.setUrl("jdbc:postgresql://127.0.0.1:" + socket.getLocalPort() + "/x?user=postgres");
    }

    HealthCheckResponse response = check(closed, Duration.ofSeconds(2)).call();

    assertThat(response.getStatus()).isEqualTo(Status.DOWN);
    assertThat(response.getData().orElseThrow().get("erro").toString()).isNotBlank();
  }

  @Test
  void givenTheConnectionNeverComes_thenTheCheckIsDownWithinItsLimit_andDoesNotPileUp() {
    DatabaseHealthCheck check = check(hangingDataSource(), Duration.ofMillis(300));

    long began = System.nanoTime();
    HealthCheckResponse first = check.call();
    HealthCheckResponse second = check.call();
    Duration took = Duration.ofNanos(System.nanoTime() - began);

    assertThat(first.getStatus()).isEqualTo(Status.DOWN);
    assertThat(first.getData().orElseThrow().get("erro")).isEqualTo("sem resposta em 300 ms");
    assertThat(second.getStatus()).isEqualTo(Status.DOWN);
    assertThat(took).isLessThan(Duration.ofSeconds(2));
  }

  @Test
  void givenTheApplicationHasNotStartedYet_thenTheCheckIsDown() {
    HealthCheckResponse response = new DatabaseHealthCheck(new DatabaseProbe()).call();

    assertThat(response.getStatus()).isEqualTo(Status.DOWN);
    assertThat(response.getData().orElseThrow().get("erro")).isEqualTo("aplicação ainda iniciando");
  }

  private DatabaseHealthCheck check(DataSource dataSource, Duration limit) {
    return new DatabaseHealthCheck(new DatabaseProbe(dataSource, executor, limit));
  }

  /** A pool with no free connection: getConnection waits (until the test ends). */
  private DataSource hangingDataSource() {
    return (DataSource)
        Proxy.newProxyInstance(
            getClass().getClassLoader(),
            new Class<?>[] {DataSource.class},
            (proxy, method, args) -> {
              if (method.getName().equals("getConnection")) {
                // Not interruptible, as a socket read is not.
                while (!release.await(10, TimeUnit.SECONDS)) {
                  Thread.onSpinWait();
                }
                return (Connection) null;
              }
              throw new UnsupportedOperationException(method.getName());
            });
  }
}
