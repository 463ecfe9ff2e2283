package br.com.gravacoes.benchmarks;

import br.com.gravacoes.adapters.persistence.testing.TestDatabase;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.postgresql.Driver;

/**
 * The database's ceiling for the same work: {@code pgbench} running, per transaction, the SQL
 * statements one start+stop cycle of the service issues ({@code pgbench/cycle.sql}), each client on
 * its own meeting, at the same client counts as the service.
 */
final class PgbenchCeiling {

  /**
   * One client count's result; {@code cyclesPerSecond} is pgbench's tps without connecting. {@code
   * ran} is below {@code clients} where the server's max_connections allows fewer.
   */
  record Level(int clients, int ran, double cyclesPerSecond, double averageLatencyMs) {}

  private static final Pattern TPS = Pattern.compile("tps = ([0-9.]+) \\(without initial");
  private static final Pattern LATENCY = Pattern.compile("latency average = ([0-9.]+) ms");

  private PgbenchCeiling() {}

  static Optional<Path> pgbench() {
    for (String folder : System.getenv().getOrDefault("PATH", "").split(":")) {
      Path candidate = Path.of(folder, "pgbench");
      if (Files.isExecutable(candidate)) {
        return Optional.of(candidate);
      }
    }
    return Optional.empty();
  }

  /**
   * Runs the cycle script on {@code database} (already migrated by the service) for each client
   * count, after adding a tenant {@code pgbench} with one meeting per client.
   */
  static List<Level> measure(
      Path pgbench, TestDatabase database, List<Integer> clients, Duration each, Path workDir)
      throws IOException, InterruptedException {
    int most = clients.stream().mapToInt(Integer::intValue).max().orElseThrow();
    meetings(database, most);
    Path script = workDir.resolve("cycle.sql");
    try (InputStream source = PgbenchCeiling.class.getResourceAsStream("/pgbench/cycle.sql")) {
      Files.write(script, source.readAllBytes());
    }
    int allowed = Math.max(1, maxConnections(database) - 10);
    List<Level> levels = new ArrayList<>();
    for (int count : clients) {
      // A client cut off by the end of the previous level may have left its meeting recording.
      finishLeftovers(database);
      Progress.say("pgbench: %d clientes por %d s", count, each.toSeconds());
      Level level = run(pgbench, database, script, Math.min(count, allowed), each);
      levels.add(new Level(count, level.ran(), level.cyclesPerSecond(), level.averageLatencyMs()));
    }
    return levels;
  }

  private static Level run(
      Path pgbench, TestDatabase database, Path script, int clients, Duration each)
      throws IOException, InterruptedException {
    var server = Driver.parseURL(database.jdbcUrl(), null);
    List<String> command =
        List.of(
            pgbench.toString(),
            "--no-vacuum",
            "--client=" + clients,
            "--jobs=" + Math.min(clients, 2),
            "--time=" + each.toSeconds(),
            "--file=" + script,
            "--host=" + server.getProperty("PGHOST"),
            "--port=" + server.getProperty("PGPORT"),
            "--username=" + database.user(),
            server.getProperty("PGDBNAME"));
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
    if (!database.password().isEmpty()) {
      builder.environment().put("PGPASSWORD", database.password());
    }
    Process process = builder.start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (process.waitFor() != 0) {
      throw new IllegalStateException("pgbench falhou:\n" + output);
    }
    return new Level(clients, clients, number(TPS, output), number(LATENCY, output));
  }

  private static double number(Pattern pattern, String output) {
    Matcher match = pattern.matcher(output);
    if (!match.find()) {
      throw new IllegalStateException("saída do pgbench inesperada:\n" + output);
    }
    return Double.parseDouble(match.group(1));
  }

  private static int maxConnections(TestDatabase database) {
    try (Connection connection = database.dataSource().getConnection();
        PreparedStatement show = connection.prepareStatement("SHOW max_connections");
        var result = show.executeQuery()) {
      result.next();
      return Integer.parseInt(result.getString(1));
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void finishLeftovers(TestDatabase database) {
    try (Connection connection = database.dataSource().getConnection();
        PreparedStatement update =
            connection.prepareStatement(
                "UPDATE gravacoes SET status = 'completed' WHERE tenant_id = 'pgbench'"
                    + " AND status IN ('recording', 'processing')")) {
      update.executeUpdate();
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Meetings {@code pgbench-1}..{@code pgbench-n}: pgbench's client {@code k} uses k+1. */
  private static void meetings(TestDatabase database, int count) {
    try (Connection connection = database.dataSource().getConnection();
        PreparedStatement insert =
            connection.prepareStatement(
                "INSERT INTO reunioes (id, tenant_id, room_id_100ms, titulo)"
                    + " VALUES (?, 'pgbench', ?, 'pgbench') ON CONFLICT DO NOTHING")) {
      for (int i = 1; i <= count; i++) {
        insert.setObject(1, UUID.randomUUID());
        insert.setString(2, "pgbench-" + i);
        insert.addBatch();
      }
      insert.executeBatch();
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }
}
