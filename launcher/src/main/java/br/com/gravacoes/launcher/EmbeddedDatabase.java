package br.com.gravacoes.launcher;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * A PostgreSQL server run by the launcher itself, for machines with no database configured. Its
 * data lives in {@code <data dir>/postgres} and survives restarts.
 */
final class EmbeddedDatabase implements AutoCloseable {

  static final String DATABASE = "gravacoes";

  private final EmbeddedPostgres postgres;

  private EmbeddedDatabase(EmbeddedPostgres postgres) {
    this.postgres = postgres;
  }

  static EmbeddedDatabase start(Path dataDirectory, int port) throws IOException, SQLException {
    Path directory = dataDirectory.resolve("postgres");
    Files.createDirectories(directory);
    EmbeddedPostgres postgres =
        EmbeddedPostgres.builder()
            .setDataDirectory(directory)
            .setCleanDataDirectory(false)
            .setPort(port)
            .start();
    createDatabaseIfMissing(postgres);
    return new EmbeddedDatabase(postgres);
  }

  /** The JDBC URL of the application's database, with the embedded server's user. */
  String jdbcUrl() {
    return "jdbc:postgresql://127.0.0.1:" + postgres.getPort() + "/" + DATABASE + "?user=postgres";
  }

  int port() {
    return postgres.getPort();
  }

  private static void createDatabaseIfMissing(EmbeddedPostgres postgres) throws SQLException {
    try (Connection admin = postgres.getPostgresDatabase().getConnection();
        PreparedStatement exists =
            admin.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
      exists.setString(1, DATABASE);
      try (ResultSet found = exists.executeQuery()) {
        if (!found.next()) {
          try (Statement create = admin.createStatement()) {
            create.execute("CREATE DATABASE " + DATABASE);
          }
        }
      }
    }
  }

  @Override
  public void close() throws IOException {
    postgres.close();
  }
}
