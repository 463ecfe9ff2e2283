package br.com.gravacoes.adapters.persistence;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import org.flywaydb.core.api.ResourceProvider;
import org.flywaydb.core.api.resource.LoadableResource;

/**
 * Gives Flyway the migrations named in the index that the build writes next to them, because
 * scanning a jar inside a WAR's {@code WEB-INF/lib} is not reliable on every application server.
 */
final class IndexedMigrationResources implements ResourceProvider {

  static final String LOCATION = "db/migration";
  static final String INDEX = "db/migration-index.txt";

  private final List<LoadableResource> migrations;

  IndexedMigrationResources(ClassLoader classLoader) {
    this.migrations =
        readIndex(classLoader).stream()
            .<LoadableResource>map(name -> new ClassPathMigration(classLoader, LOCATION, name))
            .toList();
  }

  @Override
  public LoadableResource getResource(String name) {
    return migrations.stream()
        .filter(m -> m.getRelativePath().equals(name) || m.getAbsolutePath().equals(name))
        .findFirst()
        .orElse(null);
  }

  @Override
  public Collection<LoadableResource> getResources(String prefix, String[] suffixes) {
    return migrations.stream()
        .filter(m -> m.getFilename().startsWith(prefix))
        .filter(m -> Arrays.stream(suffixes).anyMatch(m.getFilename()::endsWith))
        .toList();
  }

  private static List<String> readIndex(ClassLoader classLoader) {
    InputStream stream = classLoader.getResourceAsStream(INDEX);
    if (stream == null) {
      throw new IllegalStateException(
          INDEX + " is not on the class path: build the module with Maven, which writes it");
    }
    try (BufferedReader reader =
        new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
      return reader.lines().map(String::strip).filter(line -> !line.isEmpty()).toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
