package br.com.gravacoes.benchmarks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.logging.ConsoleHandler;
import java.util.logging.FileHandler;
import java.util.logging.Level;
import java.util.logging.LogManager;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;

/**
 * Sends java.util.logging (the service's {@code [Recording Sync]} lines, Flyway, the embedded
 * PostgreSQL) to a file, as Payara sends them to its server log: they are written, so their cost is
 * part of the numbers, but they stay off the console, which only shows warnings and errors.
 */
final class LogFile {

  private LogFile() {}

  static void open(Path file) {
    try {
      Path parent = file.toAbsolutePath().getParent();
      if (parent != null) {
        Files.createDirectories(parent);
      }
      LogManager.getLogManager().reset();
      Logger root = Logger.getLogger("");
      root.setLevel(Level.INFO);
      FileHandler toFile = new FileHandler(file.toString(), false);
      toFile.setFormatter(new SimpleFormatter());
      toFile.setLevel(Level.ALL);
      root.addHandler(toFile);
      ConsoleHandler warnings = new ConsoleHandler();
      warnings.setLevel(Level.WARNING);
      root.addHandler(warnings);
      Logger.getLogger("org.flywaydb").setLevel(Level.WARNING);
    } catch (IOException e) {
      throw new UncheckedIOException("could not open the log file " + file, e);
    }
  }
}
