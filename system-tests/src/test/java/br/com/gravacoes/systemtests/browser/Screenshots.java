package br.com.gravacoes.systemtests.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;

/**
 * The pages' pictures: {@code target/screenshots/<name>.png}, and a copy in the folder named by
 * {@value #COPY_PROPERTY} when it is set (the README shows {@code docs/screenshots/<name>.png}).
 */
final class Screenshots {

  static final String COPY_PROPERTY = "gravacoes.screenshots.dir";

  private final WebDriver driver;
  private final Path folder;

  Screenshots(WebDriver driver, Path folder) {
    this.driver = driver;
    this.folder = folder;
  }

  /** The visible part of the current page as {@code <name>.png}, copied for the README. */
  Path take(String name) {
    Path saved = takeLocal(name);
    String copyTo = System.getProperty(COPY_PROPERTY);
    if (copyTo != null && !copyTo.isBlank()) {
      try {
        Path target = Path.of(copyTo);
        Files.createDirectories(target);
        Files.copy(saved, target.resolve(saved.getFileName()), StandardCopyOption.REPLACE_EXISTING);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return saved;
  }

  /** As {@link #take}, kept under {@code target} only (pictures that are not for the README). */
  Path takeLocal(String name) {
    try {
      Files.createDirectories(folder);
      Path file = folder.resolve(name + ".png");
      Files.write(file, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
