package br.com.gravacoes.postgrest;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The command line of {@link PostgrestStandInMain}, with environment variables as defaults.
 *
 * @param projects each from {@code ref:schema:secret}; none means one project {@code local}
 */
record LaunchOptions(StandInSettings settings, String jdbcUrl, List<SupabaseProject> projects) {

  static final int DEFAULT_PORT = 54321;
  static final String PORT_VARIABLE = "POSTGREST_STANDIN_PORT";
  static final String JDBC_URL_VARIABLE = "POSTGREST_STANDIN_JDBC_URL";
  static final String PROJECTS_VARIABLE = "POSTGREST_STANDIN_PROJECTS";
  static final String USAGE =
      "usage: java -jar postgrest-standin.jar --jdbc-url jdbc:postgresql://host:5432/db?user=u"
          + " [--host 127.0.0.1] [--port 54321] [--threads 16] [--pool-size 8]"
          + " [--project ref:schema:jwtSecret]...\n"
          + "  environment: "
          + JDBC_URL_VARIABLE
          + ", "
          + PORT_VARIABLE
          + ", "
          + PROJECTS_VARIABLE
          + " (space-separated ref:schema:jwtSecret)";

  static LaunchOptions parse(Map<String, String> environment, String... args) {
    StandInSettings settings = StandInSettings.defaults().withPort(DEFAULT_PORT);
    if (environment.get(PORT_VARIABLE) != null) {
      settings = settings.withPort(integer(PORT_VARIABLE, environment.get(PORT_VARIABLE)));
    }
    String jdbcUrl = environment.get(JDBC_URL_VARIABLE);
    List<SupabaseProject> projects = new ArrayList<>();
    for (int i = 0; i < args.length; i += 2) {
      String option = args[i];
      if (i + 1 >= args.length) {
        throw new IllegalArgumentException("missing value for " + option);
      }
      String value = args[i + 1];
      switch (option) {
        case "--host" -> settings = settings.withHost(value);
        case "--port" -> settings = settings.withPort(integer(option, value));
        case "--threads" -> settings = settings.withThreads(integer(option, value));
        case "--pool-size" -> settings = settings.withPoolSize(integer(option, value));
        case "--jdbc-url" -> jdbcUrl = value;
        case "--project" -> projects.add(project(value));
        default -> throw new IllegalArgumentException("unknown option " + option);
      }
    }
    if (projects.isEmpty() && environment.get(PROJECTS_VARIABLE) != null) {
      for (String value : environment.get(PROJECTS_VARIABLE).trim().split("\\s+")) {
        projects.add(project(value));
      }
    }
    if (jdbcUrl == null || jdbcUrl.isBlank()) {
      throw new IllegalArgumentException("--jdbc-url or " + JDBC_URL_VARIABLE + " is required");
    }
    if (projects.isEmpty()) {
      projects.add(SupabaseProject.withRandomSecret("local"));
    }
    return new LaunchOptions(settings, jdbcUrl, List.copyOf(projects));
  }

  /** {@code ref:schema:secret}, split at the first two colons so the secret may hold more. */
  private static SupabaseProject project(String value) {
    String[] parts = value.split(":", 3);
    if (parts.length != 3 || parts[0].isEmpty() || parts[1].isEmpty()) {
      throw new IllegalArgumentException("--project expects ref:schema:jwtSecret, got " + value);
    }
    return new SupabaseProject(parts[0], parts[1], parts[2]);
  }

  private static int integer(String option, String value) {
    try {
      return Integer.parseInt(value.trim());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(option + " expects a number, got " + value, e);
    }
  }
}
