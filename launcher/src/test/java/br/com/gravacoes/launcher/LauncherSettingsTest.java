package br.com.gravacoes.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LauncherSettingsTest {

  @Test
  void withNothingConfigured_itIsTheDemoWithAnEmbeddedDatabase() {
    LauncherSettings settings = LauncherSettings.from(Map.of());

    assertThat(settings.httpPort()).isEqualTo(8080);
    assertThat(settings.databaseUrl()).isEmpty();
    assertThat(settings.dataDirectory()).isEqualTo(Path.of(".data").toAbsolutePath());
    assertThat(settings.embeddedDatabasePort()).isEqualTo(54329);
    assertThat(settings.demoMode()).isTrue();
    assertThat(settings.simulatorPort()).isEqualTo(8090);
  }

  @Test
  void aConfigured100msTurnsTheDemoOff_andAConfiguredDatabaseIsUsed() {
    LauncherSettings settings =
        LauncherSettings.from(
            Map.of(
                "GRAVACOES_HMS_BASE_URL", "https://api.100ms.live/v2",
                "GRAVACOES_DB_URL", "jdbc:postgresql://db/gravacoes",
                "GRAVACOES_HTTP_PORT", "9090"));

    assertThat(settings.demoMode()).isFalse();
    assertThat(settings.databaseUrl()).contains("jdbc:postgresql://db/gravacoes");
    assertThat(settings.httpPort()).isEqualTo(9090);
  }

  @Test
  void aConfiguredDatabaseGetsNoDemoRowsUnlessAskedFor() {
    assertThat(
            LauncherSettings.from(Map.of("GRAVACOES_DB_URL", "jdbc:postgresql://db/g")).demoMode())
        .isFalse();
    assertThat(
            LauncherSettings.from(
                    Map.of(
                        "GRAVACOES_DB_URL", "jdbc:postgresql://db/g",
                        "GRAVACOES_DEMO_ENABLED", "true"))
                .demoMode())
        .isTrue();
  }

  @Test
  void blankValuesCountAsUnset_andNonNumbersAreExplained() {
    assertThat(LauncherSettings.from(Map.of("GRAVACOES_HMS_BASE_URL", "  ")).demoMode()).isTrue();
    assertThatThrownBy(() -> LauncherSettings.from(Map.of("GRAVACOES_HTTP_PORT", "oito")))
        .hasMessageContaining("GRAVACOES_HTTP_PORT");
  }

  @Test
  void theBannerGivesTheDemoAdminsTokenAndACurlThatUsesIt() {
    String token =
        AdminToken.mint(
            "a-local-secret-of-at-least-32-bytes!!",
            "demo",
            "admin",
            java.time.Duration.ofHours(1));
    String banner = Banner.text(LauncherSettings.from(Map.of()), token);

    assertThat(banner)
        .contains("http://localhost:8080")
        .contains("export AUTH='Authorization: Bearer " + token + "'")
        .contains("curl -s -X POST http://localhost:8080/api/100ms/recording/start -H \"$AUTH\"")
        .contains("{\"roomId\":\"sala-demo\"}");
  }
}
