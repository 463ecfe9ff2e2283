package br.com.gravacoes.adapters.persistence;

import br.com.gravacoes.application.port.out.RecordingChange;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;
import java.util.function.Consumer;
import org.postgresql.Driver;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

/**
 * Keeps one dedicated connection LISTENing on the change channel and hands each notification on;
 * when the connection breaks (PostgreSQL restarting, the session killed) it reconnects with
 * backoff, then reports a resync: whatever was announced while it was away was lost.
 */
final class ListenLoop implements Runnable {

  /** What the test looks for in pg_stat_activity, and what an operator sees there. */
  static final String APPLICATION_NAME = "gravacoes-avisos";

  private static final Logger LOG = System.getLogger("gravacoes.live");
  private static final int POLL_MILLIS = 500;
  private static final long LIVENESS_CHECK_MILLIS = 15_000;
  private static final long FIRST_BACKOFF_MILLIS = 200;
  private static final long MAX_BACKOFF_MILLIS = 5_000;

  private final String jdbcUrl;
  private final Consumer<RecordingChange> changes;
  private final Runnable resync;
  private volatile boolean running = true;
  private volatile Connection connection;

  ListenLoop(String jdbcUrl, Consumer<RecordingChange> changes, Runnable resync) {
    this.jdbcUrl = jdbcUrl;
    this.changes = changes;
    this.resync = resync;
  }

  @Override
  public void run() {
    long backoff = FIRST_BACKOFF_MILLIS;
    while (running) {
      try (Connection listening = connect()) {
        connection = listening;
        backoff = FIRST_BACKOFF_MILLIS;
        LOG.log(
            Level.INFO,
            "[Live] Escutando mudanças de gravações (canal {0})",
            ChangeNotification.CHANNEL);
        // Also on the first connection: a subscriber that came before it may have missed changes.
        resync.run();
        listen(listening);
      } catch (VirtualMachineError fatal) {
        // Out of memory and the like: nothing sensible to retry, but the feed never dies silently.
        LOG.log(
            Level.ERROR, "[Live] Escuta de mudanças de gravações encerrada por erro fatal", fatal);
        throw fatal;
      } catch (Throwable failure) {
        // Anything else (a listener's Error too) is retried like a lost connection.
        if (!running) {
          return;
        }
        if (failure instanceof SQLException) {
          LOG.log(
              Level.WARNING,
              "[Live] Conexão de avisos perdida ({0}); nova tentativa em {1} ms",
              failure.getMessage(),
              backoff);
        } else {
          LOG.log(
              Level.WARNING,
              "[Live] Falha inesperada na escuta de mudanças; nova tentativa em " + backoff + " ms",
              failure);
        }
        sleep(backoff);
        backoff = Math.min(backoff * 2, MAX_BACKOFF_MILLIS);
      }
    }
  }

  void stop() {
    running = false;
    Connection current = connection;
    if (current != null) {
      try {
        current.close();
      } catch (SQLException ignored) {
        // Closing anyway; the loop ends with the next failed read.
      }
    }
  }

  private Connection connect() throws SQLException {
    Properties properties = new Properties();
    properties.setProperty("ApplicationName", APPLICATION_NAME);
    properties.setProperty("tcpKeepAlive", "true");
    properties.setProperty("connectTimeout", "5");
    // A read that hangs longer (a half-open connection) fails the liveness check.
    properties.setProperty("socketTimeout", "30");
    // The driver class itself: DriverManager only sees drivers of the caller's class loader.
    Connection opened = new Driver().connect(jdbcUrl, properties);
    if (opened == null) {
      throw new SQLException("not a PostgreSQL JDBC URL");
    }
    try (Statement statement = opened.createStatement()) {
      statement.execute("LISTEN " + ChangeNotification.CHANNEL);
    } catch (SQLException failure) {
      opened.close();
      throw failure;
    }
    return opened;
  }

  private void listen(Connection listening) throws SQLException {
    PGConnection postgres = listening.unwrap(PGConnection.class);
    long lastCheck = System.currentTimeMillis();
    while (running) {
      PGNotification[] notifications = postgres.getNotifications(POLL_MILLIS);
      if (notifications != null) {
        for (PGNotification notification : notifications) {
          ChangeNotification.parse(notification.getParameter())
              .ifPresentOrElse(
                  changes,
                  () ->
                      LOG.log(
                          Level.WARNING,
                          "[Live] Aviso ilegível ignorado: {0}",
                          notification.getParameter()));
        }
      }
      if (System.currentTimeMillis() - lastCheck > LIVENESS_CHECK_MILLIS) {
        try (Statement statement = listening.createStatement()) {
          statement.execute("SELECT 1");
        }
        lastCheck = System.currentTimeMillis();
      }
    }
  }

  private void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
      running = false;
    }
  }
}
