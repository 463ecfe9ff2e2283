package br.com.gravacoes.systemtests;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Locale;
import javax.sql.DataSource;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * An embedded PostgreSQL the test owns, on a fixed loopback port and data directory, so that it can
 * be stopped and started again under a running service (as the launcher runs its own).
 */
public final class RestartablePostgres implements AutoCloseable {

  private final Path dataDirectory;
  private final int port;
  private EmbeddedPostgres server;

  private RestartablePostgres(Path dataDirectory, int port) {
    this.dataDirectory = dataDirectory;
    this.port = port;
  }

  /** Starts a new server with its data in {@code dataDirectory}, on a free port. */
  public static RestartablePostgres start(Path dataDirectory) {
    RestartablePostgres postgres =
        new RestartablePostgres(dataDirectory, ServiceInstance.freePort());
    postgres.up();
    return postgres;
  }

  /** Creates an empty database. */
  public void createDatabase(String name) {
    try (Connection connection = dataSource("postgres").getConnection();
        Statement statement = connection.createStatement()) {
      statement.execute("CREATE DATABASE " + name);
    } catch (SQLException e) {
      throw new IllegalStateException("could not create database " + name, e);
    }
  }

  /** The JDBC URL of {@code database}, with the server's user as a parameter. */
  public String jdbcUrl(String database) {
    return "jdbc:postgresql://127.0.0.1:" + port + "/" + database + "?user=postgres";
  }

  /** Connections to {@code database} with {@code stringtype=unspecified}, as the service's. */
  public DataSource dataSource(String database) {
    PGSimpleDataSource dataSource = new PGSimpleDataSource();
    dataSource.setUrl(jdbcUrl(database));
    dataSource.setStringType("unspecified");
    return dataSource;
  }

  /** Stops the server (fast shutdown: open connections are cut) and starts it again. */
  public synchronized void restart(Duration down) throws InterruptedException {
    stop();
    Thread.sleep(down.toMillis());
    up();
  }

  @Override
  public synchronized void close() {
    stop();
  }

  /** Starts the stopped server again, on the same port and data. */
  public synchronized void up() {
    try {
      server =
          EmbeddedPostgres.builder()
              .setDataDirectory(dataDirectory)
              .setCleanDataDirectory(false)
              .setPort(port)
              .setPgBinaryResolver(RestartablePostgres::firstBinaries)
              .start();
    } catch (IOException e) {
      throw new UncheckedIOException("could not start PostgreSQL on port " + port, e);
    }
  }

  /**
   * The first binaries on the class path for this machine. zonky's own resolver refuses to choose
   * when it finds two, and inside the reactor the launcher's jar names the same binaries jar again
   * through its manifest's Class-Path.
   */
  private static InputStream firstBinaries(String system, String hardware) throws IOException {
    String architecture = hardware.equals("amd64") ? "x86_64" : hardware;
    String name =
        String.format("postgres-%s-%s.txz", system.toLowerCase(Locale.ROOT), architecture);
    URL binaries = RestartablePostgres.class.getClassLoader().getResource(name);
    if (binaries == null) {
      throw new IOException("PostgreSQL binaries " + name + " not on the class path");
    }
    return binaries.openStream();
  }

  /** Stops the server (fast shutdown: open connections are cut); {@link #up()} brings it back. */
  public synchronized void stop() {
    if (server == null) {
      return;
    }
    try {
      server.close();
      server = null;
    } catch (IOException e) {
      throw new UncheckedIOException("could not stop PostgreSQL on port " + port, e);
    }
  }
}
