package br.com.gravacoes.systemtests;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the logs of every service instance for reconciler work done twice: the same claim adopted
 * or removed twice, or the same transition of a recording made twice, by one instance or two.
 */
public final class ReconcilerLogAudit {

  private static final Pattern WORK =
      Pattern.compile(
          "\\[Reconcile\\] (Adotando a grava\\S+ \\S+|Removendo reserva abandonada \\S+"
              + "|Grava\\S+ \\S+: \\w+ -> \\w+)");

  private final Map<String, Integer> seen = new HashMap<>();

  /** Reads {@code logs} (each instance's, restarts included). */
  public static ReconcilerLogAudit of(List<Path> logs) {
    ReconcilerLogAudit audit = new ReconcilerLogAudit();
    for (Path log : logs) {
      try {
        if (!Files.exists(log)) {
          continue;
        }
        for (String line : Files.readAllLines(log, StandardCharsets.ISO_8859_1)) {
          Matcher work = WORK.matcher(line);
          if (work.find()) {
            audit.seen.merge(work.group(1), 1, Integer::sum);
          }
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return audit;
  }

  /** Pieces of reconciler work seen in the logs. */
  public int workDone() {
    return seen.values().stream().mapToInt(Integer::intValue).sum();
  }

  /** The pieces of work logged more than once. */
  public List<String> doneTwice() {
    List<String> twice = new ArrayList<>();
    seen.forEach(
        (work, times) -> {
          if (times > 1) {
            twice.add(work + " (" + times + "x)");
          }
        });
    return twice;
  }
}
