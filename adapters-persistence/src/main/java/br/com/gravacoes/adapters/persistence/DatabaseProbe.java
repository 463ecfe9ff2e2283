package br.com.gravacoes.adapters.persistence;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.concurrent.ContextService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import javax.sql.DataSource;

/**
 * Runs the health checks' database work on threads of its own and gives up after {@link #LIMIT}, so
 * a PostgreSQL that does not answer or a pool with no free connection cannot hang {@code
 * /health/ready}. A check whose previous probe is still stuck fails at once instead of piling up
 * another.
 */
@ApplicationScoped
public class DatabaseProbe {

  /** How long a check may wait for the database. */
  static final Duration LIMIT = Duration.ofSeconds(2);

  private static final String CONTEXT = "java:comp/DefaultContextService";

  /** Work done with one connection of the application's data source. */
  @FunctionalInterface
  interface Work<T> {
    T run(Connection connection) throws SQLException;
  }

  private final Map<String, Future<?>> inFlight = new ConcurrentHashMap<>();
  private volatile DataSource dataSource;
  private volatile ExecutorService executor;
  private volatile Runner inApplication = new DirectRunner();
  private Duration limit = LIMIT;

  protected DatabaseProbe() {}

  DatabaseProbe(DataSource dataSource, ExecutorService executor, Duration limit) {
    this.dataSource = dataSource;
    this.executor = executor;
    this.limit = limit;
  }

  /**
   * Resolved once the application starts: the health endpoint may call before that. The health and
   * metrics endpoints call from Payara's own web module, whose context a managed executor would
   * capture and refuse ("module is disabled"), so the probes run on threads of their own under the
   * application's context, captured here.
   */
  void onStart(@Observes @Initialized(ApplicationScoped.class) Object event)
      throws NamingException {
    ContextService context = InitialContext.doLookup(CONTEXT);
    inApplication = context.createContextualProxy(new DirectRunner(), Runner.class);
    dataSource = InitialContext.doLookup(DatabaseMigrator.DATA_SOURCE);
    executor =
        Executors.newCachedThreadPool(
            task -> {
              Thread thread = new Thread(task, "gravacoes-sonda-banco");
              thread.setDaemon(true);
              return thread;
            });
  }

  @PreDestroy
  void stop() {
    if (executor != null) {
      executor.shutdownNow();
    }
  }

  /** Runs {@code work} on a connection of its own; the answer or why there is none. */
  <T> T withConnection(String check, Work<T> work) throws ProbeFailedException {
    return run(
        check,
        source -> {
          try (Connection connection = source.getConnection()) {
            return work.run(connection);
          }
        });
  }

  /** Runs {@code work} with the data source (for work that takes its own connections). */
  <T> T run(String check, SourceWork<T> work) throws ProbeFailedException {
    DataSource source = dataSource;
    ExecutorService pool = executor;
    if (source == null || pool == null) {
      throw new ProbeFailedException("aplicação ainda iniciando");
    }
    Runner runner = inApplication;
    // One step: two concurrent calls of a check cannot both see no probe running and both start.
    boolean[] busy = {false};
    Future<?> current =
        inFlight.compute(
            check,
            (name, previous) -> {
              if (previous != null && !previous.isDone()) {
                busy[0] = true;
                return previous;
              }
              return pool.submit(() -> runner.run(work, source));
            });
    if (busy[0]) {
      throw new ProbeFailedException("a verificação anterior ainda aguarda o banco");
    }
    @SuppressWarnings("unchecked") // the future submitted just above, for this work
    Future<T> probe = (Future<T>) current;
    try {
      return probe.get(limit.toMillis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException slow) {
      probe.cancel(true);
      throw new ProbeFailedException("sem resposta em " + limit.toMillis() + " ms");
    } catch (ExecutionException failed) {
      Throwable cause = failed.getCause();
      throw new ProbeFailedException(
          cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage());
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
      throw new ProbeFailedException("interrompida");
    }
  }

  /** Runs work; proxied by the container so that it runs in the application's context. */
  public interface Runner {
    <T> T run(SourceWork<T> work, DataSource dataSource) throws Exception;
  }

  private static final class DirectRunner implements Runner {
    @Override
    public <T> T run(SourceWork<T> work, DataSource dataSource) throws Exception {
      return work.run(dataSource);
    }
  }

  /** Work done with the application's data source. */
  @FunctionalInterface
  public interface SourceWork<T> {
    T run(DataSource dataSource) throws Exception;
  }

  /** The database did not answer the probe in time, or answered with an error. */
  static final class ProbeFailedException extends Exception {
    private static final long serialVersionUID = 1L;

    ProbeFailedException(String reason) {
      super(reason);
    }
  }
}
