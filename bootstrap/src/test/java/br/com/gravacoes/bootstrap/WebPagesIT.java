package br.com.gravacoes.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The web interface as the WAR serves it: the pages at their clean URLs with the browser security
 * headers, the static modules readable from other origins (the drop-in component), and a mistyped
 * page still answered with the JSON error. What the pages do in a browser is the browser tests'.
 */
class WebPagesIT extends DeployedServiceTest {

  private static final String POLICY =
      "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:;"
          + " media-src 'self' http: https:; connect-src 'self'; object-src 'none';"
          + " base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

  @Test
  void everyPageIsServedWithItsModuleAndTheBrowserSecurityHeaders() {
    List<String[]> pages =
        List.of(
            new String[] {"entrar", "/static/sign-in.js"},
            new String[] {"reunioes", "/static/meetings-page.js"},
            new String[] {"reunioes/" + room, "/static/meeting-page.js"},
            new String[] {"gravacoes", "/static/recordings-page.js"});
    for (String[] page : pages) {
      HttpResponse<String> answer = get(page[0]);
      assertThat(answer.statusCode()).as(page[0]).isEqualTo(200);
      assertThat(header(answer, "Content-Type")).isEqualTo("text/html;charset=UTF-8");
      assertThat(header(answer, "Content-Security-Policy")).isEqualTo(POLICY);
      assertThat(header(answer, "X-Content-Type-Options")).isEqualTo("nosniff");
      assertThat(header(answer, "Cache-Control")).isEqualTo("no-cache");
      assertThat(answer.body())
          .contains("<script type=\"module\" src=\"" + page[1] + "\"></script>")
          .doesNotContain("onclick")
          .doesNotContain("<style");
    }
  }

  @Test
  void givenAnyRoom_thenTheMeetingPageIsTheSameFileThatReadsTheRoomFromTheUrl() {
    String known = get("reunioes/" + room).body();
    assertThat(get("reunioes/sala-que-nao-existe").body()).isEqualTo(known);
    assertThat(get("reunioes/sala%20com%20espa%C3%A7o").body()).isEqualTo(known);
    assertThat(known).contains("id=\"titulo-reuniao\"").contains("id=\"indicador-gravando\"");
  }

  @Test
  void theSiteRootAndAnEmptyRoomGoToTheMeetings() {
    for (String path : List.of("", "reunioes/")) {
      HttpResponse<String> answer = get(path);
      assertThat(answer.statusCode()).as(path).isEqualTo(302);
      assertThat(header(answer, "Location")).endsWith("/reunioes");
    }
  }

  @Test
  void theStaticModulesCanBeLoadedByPagesOfOtherOrigins() {
    for (String file : List.of("gravacao-toggle.js", "event-stream.js", "recording-change.js")) {
      HttpResponse<String> answer = get("static/" + file);
      assertThat(answer.statusCode()).as(file).isEqualTo(200);
      assertThat(header(answer, "Content-Type")).contains("javascript");
      assertThat(header(answer, "Access-Control-Allow-Origin")).isEqualTo("*");
      assertThat(header(answer, "X-Content-Type-Options")).isEqualTo("nosniff");
    }
    assertThat(get("static/gravacao-toggle.js").body())
        .contains("customElements.define('gravacao-toggle'");
  }

  @Test
  void givenAMistypedPageOrAWrite_thenTheAnswerIsStillTheJsonError() {
    for (String path :
        List.of("reunioesx", "gravacoes/nada", "static/nada.js", "WEB-INF/web.xml")) {
      HttpResponse<String> answer = get(path);
      assertThat(answer.statusCode()).as(path).isEqualTo(404);
      assertThat(header(answer, "Content-Type")).startsWith("application/json");
      assertThat(answer.body()).contains("\"error\"");
    }
    HttpResponse<String> write = api.exchange("POST", "gravacoes", "{}");
    assertThat(write.statusCode()).isEqualTo(405);
    assertThat(header(write, "Content-Type")).startsWith("application/json");
  }

  private HttpResponse<String> get(String path) {
    return api.exchange("GET", path, null);
  }

  private static String header(HttpResponse<String> answer, String name) {
    return answer.headers().firstValue(name).orElse("");
  }
}
