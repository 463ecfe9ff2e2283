package br.com.gravacoes.postgrest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** The command line and environment of {@link PostgrestStandInMain}. */
class LaunchOptionsTest {

  private static final String URL = "jdbc:postgresql://127.0.0.1:5432/postgres?user=postgres";
  private static final String SECRET = "0123456789abcdef0123456789abcdef:with:colons";

  @Test
  void readsEveryOptionAndRepeatedProjects() {
    LaunchOptions options =
        LaunchOptions.parse(
            Map.of(),
            "--jdbc-url",
            URL,
            "--host",
            "0.0.0.0",
            "--port",
            "9100",
            "--threads",
            "32",
            "--pool-size",
            "4",
            "--project",
            "alpha:supabase_alpha:" + SECRET,
            "--project",
            "beta:supabase_beta:" + SECRET);

    assertThat(options.settings()).isEqualTo(new StandInSettings("0.0.0.0", 9100, 32, 4));
    assertThat(options.jdbcUrl()).isEqualTo(URL);
    assertThat(options.projects())
        .containsExactly(
            new SupabaseProject("alpha", "supabase_alpha", SECRET),
            new SupabaseProject("beta", "supabase_beta", SECRET));
  }

  @Test
  void fallsBackToTheEnvironmentAndToOneLocalProject() {
    LaunchOptions fromEnvironment =
        LaunchOptions.parse(
            Map.of(
                "POSTGREST_STANDIN_JDBC_URL",
                URL,
                "POSTGREST_STANDIN_PORT",
                "9200",
                "POSTGREST_STANDIN_PROJECTS",
                "a:sa:" + SECRET + "  b:sb:" + SECRET));
    LaunchOptions bare = LaunchOptions.parse(Map.of(), "--jdbc-url", URL);

    assertThat(fromEnvironment.settings().port()).isEqualTo(9200);
    assertThat(fromEnvironment.projects())
        .extracting(SupabaseProject::ref)
        .containsExactly("a", "b");
    assertThat(bare.settings().port()).isEqualTo(LaunchOptions.DEFAULT_PORT);
    assertThat(bare.projects())
        .extracting(SupabaseProject::schema)
        .containsExactly("supabase_local");
  }

  @Test
  void refusesMissingUrlsUnknownOptionsAndMalformedProjects() {
    assertThatThrownBy(() -> LaunchOptions.parse(Map.of())).hasMessageContaining("--jdbc-url");
    assertThatThrownBy(() -> LaunchOptions.parse(Map.of(), "--jdbc-url", URL, "--verbose", "y"))
        .hasMessageContaining("--verbose");
    assertThatThrownBy(() -> LaunchOptions.parse(Map.of(), "--jdbc-url", URL, "--project", "a:b"))
        .hasMessageContaining("ref:schema:jwtSecret");
    assertThatThrownBy(() -> LaunchOptions.parse(Map.of(), "--port", "http"))
        .hasMessageContaining("number");
  }
}
