package br.com.gravacoes.systemtests.hostile;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import javax.sql.DataSource;

/** Sends the corpus, judges every answer, and compares the database before and after. */
public final class HostileRun {

  private static final List<String> STACK_TRACE_MARKERS =
      List.of("exception", "at br.com", "java.", "jakarta.", "org.glassfish", "<html", "<!doctype");
  // Jersey's and Grizzly's own English texts: a Portuguese error never matches.
  private static final Pattern ENGLISH_DEFAULT =
      Pattern.compile(
          "(?i)HTTP \\d{3}|not found|bad request|not allowed|unsupported|not acceptable|internal"
              + " server|forbidden|unauthorized");

  private final List<String> violations = new ArrayList<>();
  private final Map<String, int[]> perCategory = new TreeMap<>();
  private final Set<String> endpoints = new TreeSet<>();
  private final Set<String> changedTables = new TreeSet<>();
  private final Map<Integer, Integer> containerLevel = new TreeMap<>();
  private int total;
  private int clientErrors;
  private int serverErrors;
  private Duration elapsed;

  private HostileRun() {}

  public static HostileRun of(List<HostileCase> corpus, int port, DataSource database)
      throws IOException {
    HostileRun run = new HostileRun();
    Map<String, List<String>> before = DataSnapshot.of(database);
    RawHttp http = new RawHttp(port);
    long began = System.nanoTime();
    for (HostileCase request : corpus) {
      run.judge(request, http.send(request));
    }
    run.elapsed = Duration.ofNanos(System.nanoTime() - began);
    Map<String, List<String>> after = DataSnapshot.of(database);
    before.forEach(
        (table, rows) -> {
          if (!rows.equals(after.get(table))) {
            run.changedTables.add(table + " " + rows + " -> " + after.get(table));
          }
        });
    return run;
  }

  private void judge(HostileCase request, RawHttp.Answer answer) {
    total++;
    endpoints.add(request.endpoint());
    int[] counts = perCategory.computeIfAbsent(request.category(), c -> new int[3]);
    counts[0]++;
    if (answer.status() >= 400 && answer.status() < 500) {
      clientErrors++;
      counts[1]++;
    } else if (answer.status() >= 500) {
      serverErrors++;
      counts[2]++;
    }
    String problem;
    if (request.containerLevel()) {
      containerLevel.merge(answer.status(), 1, Integer::sum);
      problem =
          answer.status() >= 500 || !answer.body().isEmpty()
              ? "container answer with content"
              : null;
    } else {
      problem = problem(answer);
    }
    if (problem != null) {
      String body =
          answer.body().length() > 300 ? answer.body().substring(0, 300) + "…" : answer.body();
      violations.add(
          request + " -> " + answer.status() + " " + problem + ": " + body.replace('\n', ' '));
    }
  }

  private static String problem(RawHttp.Answer answer) {
    if (answer.status() < 400 || answer.status() > 499) {
      return "status is not 4xx";
    }
    String type = answer.header("Content-Type");
    if (type == null || !type.toLowerCase().startsWith("application/json")) {
      return "Content-Type " + type;
    }
    String lower = answer.body().toLowerCase();
    for (String marker : STACK_TRACE_MARKERS) {
      if (lower.contains(marker)) {
        return "stack trace marker '" + marker + "'";
      }
    }
    JsonObject json;
    try {
      JsonValue value = Json.createReader(new StringReader(answer.body())).readValue();
      if (value.getValueType() != JsonValue.ValueType.OBJECT) {
        return "body is not a JSON object";
      }
      json = value.asJsonObject();
    } catch (RuntimeException notJson) {
      return "body is not JSON";
    }
    if (!(json.get("error") instanceof JsonString error) || error.getString().isBlank()) {
      return "no error text";
    }
    if (ENGLISH_DEFAULT.matcher(error.getString()).find()) {
      return "error text is not the product's Portuguese";
    }
    return null;
  }

  public List<String> violations() {
    return violations;
  }

  public Set<String> changedTables() {
    return changedTables;
  }

  public Duration elapsed() {
    return elapsed;
  }

  /** The summary lines the CI log shows. */
  public List<String> report() {
    List<String> lines = new ArrayList<>();
    lines.add(
        "[fuzz] container-level="
            + containerLevel.values().stream().mapToInt(Integer::intValue).sum()
            + " (answered by Payara before the application, no body; by status: "
            + containerLevel
            + ")");
    violations.forEach(violation -> lines.add("[fuzz] VIOLATION " + violation));
    perCategory.forEach(
        (category, counts) ->
            lines.add(
                String.format(
                    "[fuzz] category=%s cases=%d 4xx=%d 5xx=%d",
                    category, counts[0], counts[1], counts[2])));
    lines.add(
        String.format(
            "[fuzz] cases=%d endpoints=%d categories=%d 4xx=%d 5xx=%d container-level=%d %s (%d ms)",
            total,
            endpoints.size(),
            perCategory.size(),
            clientErrors,
            serverErrors,
            containerLevel.values().stream().mapToInt(Integer::intValue).sum(),
            changedTables.isEmpty()
                ? "data unchanged"
                : "DATA CHANGED in " + changedTables.size() + " tables",
            elapsed.toMillis()));
    return lines;
  }
}
