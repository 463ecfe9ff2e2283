package br.com.gravacoes.systemtests.browser;

import java.util.Map;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

/**
 * The recordings library {@code /gravacoes}: a row per recording with its status chip, a refresh
 * button and, when completed, a play button that opens {@code video#player} in {@code #reprodutor}.
 */
final class RecordingsPage {

  static final String PATH = "/gravacoes";

  /** One row as shown: the chip's {@code data-status} and text, and whether it can be played. */
  record Row(String status, String chip, boolean playable) {

    boolean shows(String expectedStatus, String expectedChip) {
      return expectedStatus.equals(status) && expectedChip.equalsIgnoreCase(chip);
    }
  }

  private static final String READ_ROW =
      """
      const row = document.querySelector('table#gravacoes tr[data-id="' + CSS.escape(arguments[0]) + '"]');
      if (!row) return null;
      const chip = row.querySelector('span.chip');
      return {
        status: chip ? chip.getAttribute('data-status') : null,
        chip: chip ? chip.innerText.trim() : null,
        playable: !!row.querySelector('button.assistir')
      };
      """;

  /** The HTTP status of the last finished request to the row's refresh endpoint, or -1. */
  private static final String REFRESH_STATUS =
      """
      const done = performance.getEntriesByType('resource')
        .filter(e => e.name.includes('/api/gravacoes/' + arguments[0] + '/refresh'));
      return done.length ? done[done.length - 1].responseStatus : -1;
      """;

  private static final String PLAYER_READY_STATE =
      """
      const video = document.querySelector('#reprodutor video#player');
      return video ? video.readyState : -1;
      """;

  private static final String ERROR_SHOWN =
      """
      const error = document.getElementById('erro');
      return !!error && error.checkVisibility() && error.innerText.trim() !== '';
      """;

  private final WebDriver driver;

  RecordingsPage(WebDriver driver) {
    this.driver = driver;
  }

  /** The row of recording {@code id} now; null while it is not on the page. */
  @SuppressWarnings("unchecked")
  Row row(String id) {
    Map<String, Object> read = (Map<String, Object>) script(READ_ROW, id);
    return read == null
        ? null
        : new Row(
            (String) read.get("status"),
            (String) read.get("chip"),
            Boolean.TRUE.equals(read.get("playable")));
  }

  void clickRefresh(String id) {
    driver.findElement(By.cssSelector(rowSelector(id) + " button.atualizar")).click();
  }

  void clickPlay(String id) {
    driver.findElement(By.cssSelector(rowSelector(id) + " button.assistir")).click();
  }

  long refreshStatus(String id) {
    return ((Number) script(REFRESH_STATUS, id)).longValue();
  }

  /** {@code video#player}'s readyState (2 = HAVE_CURRENT_DATA), or -1 without a player. */
  long playerReadyState() {
    return ((Number) script(PLAYER_READY_STATE)).longValue();
  }

  boolean showsError() {
    return Boolean.TRUE.equals(script(ERROR_SHOWN));
  }

  private static String rowSelector(String id) {
    return "table#gravacoes tr[data-id=\"" + id + "\"]";
  }

  private Object script(String source, Object... arguments) {
    return ((JavascriptExecutor) driver).executeScript(source, arguments);
  }
}
