package br.com.gravacoes.systemtests.browser;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestWatcher;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.logging.LogType;

/**
 * When a browser test fails, keeps what the browser showed for diagnosis: a screenshot, the page
 * source, the URL and the console log, under {@code <folder>/<test method>/}.
 */
final class FailureEvidence implements TestWatcher {

  private final Supplier<WebDriver> driver;
  private final Path folder;

  FailureEvidence(Supplier<WebDriver> driver, Path folder) {
    this.driver = driver;
    this.folder = folder;
  }

  @Override
  public void testFailed(ExtensionContext context, Throwable cause) {
    WebDriver browser = driver.get();
    if (browser == null) {
      return;
    }
    Path into = folder.resolve(context.getRequiredTestMethod().getName());
    try {
      Files.createDirectories(into);
      Files.writeString(into.resolve("url.txt"), String.valueOf(browser.getCurrentUrl()));
      Files.writeString(into.resolve("page.html"), String.valueOf(browser.getPageSource()));
      Files.writeString(
          into.resolve("console.log"),
          browser.manage().logs().get(LogType.BROWSER).getAll().stream()
              .map(
                  entry -> entry.getTimestamp() + " " + entry.getLevel() + " " + entry.getMessage())
              .collect(Collectors.joining("\n")),
          StandardCharsets.UTF_8);
      Files.write(
          into.resolve("screenshot.png"),
          ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
      System.out.println(
          "[browser] falha em " + context.getDisplayName() + ": evidências em " + into);
    } catch (IOException | RuntimeException e) {
      // Evidence is a help, never a second failure hiding the first.
      System.out.println("[browser] evidências incompletas em " + into + ": " + e);
    }
  }
}
