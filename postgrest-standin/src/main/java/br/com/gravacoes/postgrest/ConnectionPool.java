package br.com.gravacoes.postgrest;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLTimeoutException;
import java.time.Duration;
import java.util.Deque;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;

/**
 * At most {@code size} connections from the caller's data source, kept open and reused; one that
 * broke is closed and replaced by a new one on a later borrow.
 */
final class ConnectionPool implements AutoCloseable {

  /** A connection idle longer than this is checked before it is lent: the server may be gone. */
  private static final long CHECK_AFTER_IDLE_NANOS = Duration.ofSeconds(2).toNanos();

  private static final int VALIDATION_TIMEOUT_SECONDS = 2;

  private final DataSource dataSource;
  private final Semaphore slots;
  private final Deque<Idle> idle = new ConcurrentLinkedDeque<>();
  private final Duration borrowTimeout;
  private volatile boolean closed;

  private record Idle(Connection connection, long sinceNanos) {}

  ConnectionPool(DataSource dataSource, int size, Duration borrowTimeout) {
    this.dataSource = dataSource;
    this.slots = new Semaphore(size, true);
    this.borrowTimeout = borrowTimeout;
  }

  /** A connection in manual-commit mode; give it back with {@link #giveBack}. */
  Connection borrow() throws SQLException {
    try {
      if (!slots.tryAcquire(borrowTimeout.toMillis(), TimeUnit.MILLISECONDS)) {
        throw new SQLTimeoutException("no pooled connection free after " + borrowTimeout);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new SQLTimeoutException("interrupted while waiting for a pooled connection", e);
    }
    try {
      return reuseOrOpen();
    } catch (SQLException | RuntimeException e) {
      slots.release();
      throw e;
    }
  }

  /** Returns a borrowed connection; a {@code broken} one is closed instead of kept. */
  void giveBack(Connection connection, boolean broken) {
    try {
      if (broken || closed) {
        closeQuietly(connection);
      } else {
        idle.push(new Idle(connection, System.nanoTime()));
      }
    } finally {
      slots.release();
    }
  }

  @Override
  public void close() {
    closed = true;
    for (Idle entry = idle.poll(); entry != null; entry = idle.poll()) {
      closeQuietly(entry.connection());
    }
  }

  private Connection reuseOrOpen() throws SQLException {
    for (Idle entry = idle.poll(); entry != null; entry = idle.poll()) {
      boolean fresh = System.nanoTime() - entry.sinceNanos() < CHECK_AFTER_IDLE_NANOS;
      if (fresh || entry.connection().isValid(VALIDATION_TIMEOUT_SECONDS)) {
        return entry.connection();
      }
      closeQuietly(entry.connection());
    }
    Connection connection = dataSource.getConnection();
    try {
      connection.setAutoCommit(false);
      return connection;
    } catch (SQLException e) {
      closeQuietly(connection);
      throw e;
    }
  }

  private static void closeQuietly(Connection connection) {
    try {
      connection.close();
    } catch (SQLException e) {
      // Already broken: nothing more to release.
    }
  }
}
