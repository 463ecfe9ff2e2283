package br.com.gravacoes.systemtests.browser;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

/**
 * The meeting page {@code /reunioes/{roomId}}: its title, the "GRAVANDO" indicator and the {@code
 * <gravacao-toggle>} whose button and toasts live in an open shadow root.
 */
final class MeetingPage {

  static final String RED = "rgb(239, 68, 68)";
  static final String ZINC = "rgb(39, 39, 42)";

  /** Everything the page shows about the recording at one instant, read in one script. */
  record State(
      String pressed,
      String title,
      String background,
      boolean disabled,
      List<String> toasts,
      boolean toastsSettled,
      boolean indicatorHidden,
      boolean indicatorVisible,
      String indicatorText) {

    /** Red button that stops, "GRAVANDO" in the header. */
    boolean showsRecording() {
      return "true".equals(pressed)
          && "Parar gravação".equals(title)
          && RED.equals(background)
          && !indicatorHidden
          && indicatorVisible
          && "GRAVANDO".equals(indicatorText);
    }

    /** Zinc button that starts, no indicator. */
    boolean showsIdle() {
      return "false".equals(pressed)
          && "Iniciar gravação".equals(title)
          && ZINC.equals(background)
          && indicatorHidden
          && !indicatorVisible;
    }

    boolean hasToastStartingWith(String text) {
      return toasts.stream().anyMatch(toast -> toast.startsWith(text));
    }
  }

  private static final String READ_STATE =
      """
      const host = document.querySelector('gravacao-toggle[room-id="' + CSS.escape(arguments[0]) + '"]');
      const root = host && host.shadowRoot;
      const button = root && root.querySelector('button.toggle');
      const indicator = document.getElementById('indicador-gravando');
      if (!button || !indicator) return null;
      return {
        pressed: button.getAttribute('aria-pressed'),
        title: button.getAttribute('title'),
        background: getComputedStyle(button).backgroundColor,
        disabled: button.disabled,
        toasts: Array.from(root.querySelectorAll('.toasts .toast'), t => t.innerText.trim()),
        toastsSettled: Array.from(root.querySelectorAll('.toasts .toast')).every(t => t.getAnimations().length === 0),
        indicatorHidden: indicator.hasAttribute('hidden'),
        indicatorVisible: indicator.checkVisibility(),
        indicatorText: indicator.innerText.trim()
      };
      """;

  private final WebDriver driver;
  private final String roomId;

  MeetingPage(WebDriver driver, String roomId) {
    this.driver = driver;
    this.roomId = roomId;
  }

  static String path(String roomId) {
    return "/reunioes/" + roomId;
  }

  String heading() {
    return driver.findElement(By.id("titulo-reuniao")).getText();
  }

  /** The toggle's button, found through the component's open shadow root. */
  WebElement toggleButton() {
    return driver
        .findElement(By.cssSelector("gravacao-toggle[room-id=\"" + roomId + "\"]"))
        .getShadowRoot()
        .findElement(By.cssSelector("button.toggle"));
  }

  /**
   * Clicks the toggle, then moves the pointer to the page's title, as a person's would go: a
   * pointer left on the button shows its hover colour, not the state's.
   */
  void clickToggle() {
    toggleButton().click();
    new Actions(driver).moveToElement(driver.findElement(By.id("titulo-reuniao"))).perform();
  }

  /** The page's state now; null while the toggle or the indicator is not there yet. */
  @SuppressWarnings("unchecked")
  State state() {
    Map<String, Object> read =
        (Map<String, Object>) ((JavascriptExecutor) driver).executeScript(READ_STATE, roomId);
    if (read == null) {
      return null;
    }
    return new State(
        (String) read.get("pressed"),
        (String) read.get("title"),
        (String) read.get("background"),
        Boolean.TRUE.equals(read.get("disabled")),
        (List<String>) read.get("toasts"),
        Boolean.TRUE.equals(read.get("toastsSettled")),
        Boolean.TRUE.equals(read.get("indicatorHidden")),
        Boolean.TRUE.equals(read.get("indicatorVisible")),
        (String) read.get("indicatorText"));
  }

  /** Waits until the toasts have finished appearing, so that a screenshot shows them whole. */
  void awaitToastsSettled() {
    await(Duration.ofSeconds(2), "toasts sem animação em curso", State::toastsSettled);
  }

  State await(Duration limit, String what, Predicate<State> done) {
    return PageWaits.until(limit, what, this::state, done);
  }
}
