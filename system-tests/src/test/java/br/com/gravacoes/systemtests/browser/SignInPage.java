package br.com.gravacoes.systemtests.browser;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/** The sign-in page {@code /entrar}: the token field, the sign-in button and the error line. */
final class SignInPage {

  static final String PATH = "/entrar";

  private final WebDriver driver;
  private final URI base;

  SignInPage(WebDriver driver, URI base) {
    this.driver = driver;
    this.base = base;
  }

  /** Forgets this browser's sign-in on the service's origin: the cookie and anything stored. */
  void signOut() {
    driver.get(base.resolve(PATH).toString());
    driver.manage().deleteAllCookies();
    ((JavascriptExecutor) driver).executeScript("localStorage.clear(); sessionStorage.clear();");
  }

  /** Opens {@code /entrar}, with {@code ?volta=<path>} when {@code volta} is not null. */
  void open(String volta) {
    String query =
        volta == null ? "" : "?volta=" + URLEncoder.encode(volta, StandardCharsets.UTF_8);
    driver.get(base.resolve(PATH) + query);
  }

  void typeToken(String token) {
    WebElement field =
        PageWaits.until(
            Duration.ofSeconds(10),
            "input#token visível em /entrar",
            () -> driver.findElement(By.cssSelector("input#token")),
            WebElement::isDisplayed);
    field.clear();
    field.sendKeys(token);
  }

  void submit() {
    driver.findElement(By.cssSelector("button#entrar")).click();
  }

  /** The text of {@code #erro-entrada} while it is visible, else null. */
  String visibleError() {
    return driver.findElements(By.id("erro-entrada")).stream()
        .filter(WebElement::isDisplayed)
        .map(WebElement::getText)
        .filter(text -> !text.isBlank())
        .findFirst()
        .orElse(null);
  }

  boolean showsDemoButton() {
    return driver.findElements(By.cssSelector("button#entrar-demo")).stream()
        .anyMatch(WebElement::isDisplayed);
  }
}
