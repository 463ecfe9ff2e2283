package br.com.gravacoes.adapters.persistence;

import java.io.FileNotFoundException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.flywaydb.core.api.resource.LoadableResource;

/** One migration script, read from the class path by its exact name instead of found by a scan. */
final class ClassPathMigration extends LoadableResource {

  private final ClassLoader classLoader;
  private final String location;
  private final String filename;

  ClassPathMigration(ClassLoader classLoader, String location, String filename) {
    this.classLoader = classLoader;
    this.location = location;
    this.filename = filename;
  }

  @Override
  public Reader read() {
    String path = getAbsolutePath();
    InputStream stream = classLoader.getResourceAsStream(path);
    if (stream == null) {
      throw new UncheckedIOException(
          new FileNotFoundException("migration listed in the index is missing: " + path));
    }
    return new InputStreamReader(stream, StandardCharsets.UTF_8);
  }

  @Override
  public String getAbsolutePath() {
    return location + "/" + filename;
  }

  @Override
  public String getAbsolutePathOnDisk() {
    return "classpath:" + getAbsolutePath();
  }

  @Override
  public String getFilename() {
    return filename;
  }

  /** Relative to the location, as a classpath scan would name it in flyway_schema_history. */
  @Override
  public String getRelativePath() {
    return filename;
  }
}
