package br.com.gravacoes.systemtests.browser;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.stream.Stream;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/**
 * The Debian Chromium, headless, driven through the Debian chromedriver. Both paths are given to
 * Selenium, so Selenium Manager is never asked to find or download a browser or a driver.
 */
final class HeadlessChromium {

  static final Path BROWSER = Path.of("/usr/bin/chromium");
  static final Path DRIVER = Path.of("/usr/bin/chromedriver");

  private HeadlessChromium() {}

  /**
   * Fails, naming the Debian packages, when the browser or its driver is missing: a browser test
   * that skips itself would let CI pass without ever opening a page.
   */
  static void requireInstalled() {
    List<Path> missing =
        Stream.of(BROWSER, DRIVER).filter(path -> !Files.isExecutable(path)).toList();
    if (!missing.isEmpty()) {
      throw new IllegalStateException(
          "Testes de navegador precisam do Chromium e do chromedriver do Debian; faltam "
              + missing
              + ". Instale os pacotes 'chromium' e 'chromium-driver'"
              + " (apt-get install chromium chromium-driver) ou rode os testes com bin/test,"
              + " que os instala.");
    }
  }

  /**
   * A new browser with its own empty profile in {@code profile}, a 1280x800 window, video allowed
   * to play without a click, its console kept for failure reports and chromedriver's log in {@code
   * driverLog}.
   */
  static ChromeDriver start(Path profile, Path driverLog) {
    requireInstalled();
    ChromeOptions options = new ChromeOptions();
    options.setBinary(BROWSER.toFile());
    options.addArguments(
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        // Containers give /dev/shm a few MB; Chromium's renderers crash when it fills up.
        "--disable-dev-shm-usage",
        "--disable-background-networking",
        "--no-first-run",
        "--disable-sync",
        "--disable-component-update",
        "--user-data-dir=" + profile.toAbsolutePath(),
        "--window-size=1280,800",
        "--autoplay-policy=no-user-gesture-required");
    LoggingPreferences logs = new LoggingPreferences();
    logs.enable(LogType.BROWSER, Level.ALL);
    options.setCapability("goog:loggingPrefs", logs);
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(DRIVER.toFile())
            .usingAnyFreePort()
            .withLogFile(driverLog.toFile())
            .build();
    ChromeDriver driver = new ChromeDriver(service, options);
    // A headless window's frame takes part of its height: the pages get the full 1280x800.
    driver.executeCdpCommand(
        "Emulation.setDeviceMetricsOverride",
        Map.of("width", 1280, "height", 800, "deviceScaleFactor", 1, "mobile", false));
    return driver;
  }
}
