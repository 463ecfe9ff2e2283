package br.com.gravacoes.adapters.persistence.testing;

import br.com.gravacoes.adapters.persistence.SchemaMigrations;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;
import java.util.UUID;
import javax.sql.DataSource;
import org.postgresql.Driver;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * A brand-new, empty PostgreSQL database for one test class (or one test), on the server named by
 * {@code GRAVACOES_TEST_DB_URL} (a JDBC URL to an admin database, credentials as URL parameters),
 * or else on one embedded PostgreSQL started for the whole JVM.
 */
public final class TestDatabase {

  /** Environment variable naming the PostgreSQL server to create test databases on. */
  public static final String SERVER_URL_VARIABLE = "GRAVACOES_TEST_DB_URL";

  private static EmbeddedPostgres embedded;

  private final String adminUrl;
  private final String name;
  private final String jdbcUrl;
  private final String user;
  private final String password;

  private TestDatabase(String adminUrl, String name) {
    Properties server = Driver.parseURL(adminUrl, null);
    if (server == null) {
      throw new IllegalArgumentException("not a PostgreSQL JDBC URL: " + adminUrl);
    }
    this.adminUrl = adminUrl;
    this.name = name;
    this.jdbcUrl =
        "jdbc:postgresql://" + hostsAndPorts(server) + "/" + name + extraParameters(server);
    // The driver's own default when the URL names no user.
    this.user = server.getProperty("user", System.getProperty("user.name"));
    this.password = server.getProperty("password", "");
  }

  /** Creates a database no other test uses, named {@code gravacoes_t_<8 hex>}. */
  public static TestDatabase fresh() {
    String name = "gravacoes_t_" + UUID.randomUUID().toString().substring(0, 8);
    TestDatabase database = new TestDatabase(adminUrl(), name);
    // template0 is never connected to, so parallel test JVMs can copy it at the same time.
    database.executeOnServer("CREATE DATABASE " + name + " TEMPLATE template0");
    return database;
  }

  /** The new database's URL, without user or password parameters. */
  public String jdbcUrl() {
    return jdbcUrl;
  }

  public String user() {
    return user;
  }

  /** The password, or an empty string where the server trusts the user. */
  public String password() {
    return password;
  }

  /** Connections with {@code stringtype=unspecified}, as the application's data source has. */
  public DataSource dataSource() {
    PGSimpleDataSource dataSource = new PGSimpleDataSource();
    dataSource.setUrl(jdbcUrl);
    dataSource.setUser(user);
    dataSource.setPassword(password);
    dataSource.setStringType("unspecified");
    return dataSource;
  }

  /** Applies the project's migrations, through the same code as the application's startup. */
  public TestDatabase migrate() {
    SchemaMigrations.apply(dataSource());
    return this;
  }

  /** Drops the database, disconnecting whoever still uses it; ignores failures. */
  public void drop() {
    try {
      executeOnServer("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
    } catch (IllegalStateException e) {
      System.getLogger(TestDatabase.class.getName())
          .log(System.Logger.Level.WARNING, "could not drop test database " + name, e);
    }
  }

  private void executeOnServer(String sql) {
    try (Connection connection = DriverManager.getConnection(adminUrl);
        Statement statement = connection.createStatement()) {
      statement.execute(sql);
    } catch (SQLException e) {
      throw new IllegalStateException(sql + " failed on " + adminUrl, e);
    }
  }

  private static String adminUrl() {
    String configured = System.getenv(SERVER_URL_VARIABLE);
    if (configured != null && !configured.isBlank()) {
      return configured;
    }
    return embeddedServer().getJdbcUrl("postgres", "postgres");
  }

  private static synchronized EmbeddedPostgres embeddedServer() {
    if (embedded == null) {
      try {
        EmbeddedPostgres server = EmbeddedPostgres.builder().start();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> closeQuietly(server)));
        embedded = server;
      } catch (IOException e) {
        throw new UncheckedIOException("could not start an embedded PostgreSQL", e);
      }
    }
    return embedded;
  }

  private static void closeQuietly(EmbeddedPostgres server) {
    try {
      server.close();
    } catch (IOException e) {
      // The JVM is exiting; the data directory is in the temp folder either way.
    }
  }

  private static String hostsAndPorts(Properties server) {
    String[] hosts = server.getProperty("PGHOST").split(",");
    String[] ports = server.getProperty("PGPORT").split(",");
    StringBuilder joined = new StringBuilder();
    for (int i = 0; i < hosts.length; i++) {
      joined.append(i == 0 ? "" : ",").append(hosts[i]).append(':').append(ports[i]);
    }
    return joined.toString();
  }

  private static String extraParameters(Properties server) {
    StringBuilder query = new StringBuilder();
    for (String key : server.stringPropertyNames()) {
      if (!key.startsWith("PG") && !key.equals("user") && !key.equals("password")) {
        query
            .append(query.length() == 0 ? "?" : "&")
            .append(key)
            .append('=')
            .append(URLEncoder.encode(server.getProperty(key), StandardCharsets.UTF_8));
      }
    }
    return query.toString();
  }
}
