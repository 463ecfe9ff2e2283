package br.com.gravacoes.application.testing;

import br.com.gravacoes.application.port.out.MirrorProjectCheck;
import br.com.gravacoes.application.port.out.MirrorProjectCheck.Verdict;
import br.com.gravacoes.application.port.out.MirrorRejectedException;
import br.com.gravacoes.application.port.out.MirrorUnavailableException;
import br.com.gravacoes.application.port.out.MirroredRecording;
import br.com.gravacoes.application.port.out.RecordingMirrorPort;
import br.com.gravacoes.domain.tenant.MirrorProject;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Queue;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * A tenant's Supabase table as the delivery service sees it: records every upsert request, keeps
 * the rows of those it accepted per project, and answers as scripted (unavailable or refused for
 * the next calls, or until cleared). It refuses what PostgREST would never accept: an empty
 * request, rows of several tenants in one request, and one row twice in a request (Postgres cannot
 * upsert a row twice in one statement).
 */
public class RecordingMirrorDouble implements RecordingMirrorPort {

  /** One request: where it went and what it carried. */
  public record Upsert(MirrorProject project, List<MirroredRecording> rows) {

    public List<UUID> ids() {
      return rows.stream().map(MirroredRecording::id).toList();
    }
  }

  private final List<Upsert> calls = new ArrayList<>();
  private final List<Upsert> accepted = new ArrayList<>();
  private final Map<MirrorProject, Map<UUID, MirroredRecording>> tables = new HashMap<>();
  private final Queue<Optional<Supplier<RuntimeException>>> scripted = new ArrayDeque<>();
  private Supplier<RuntimeException> untilCleared;
  private final Queue<Runnable> duringNextCalls = new ArrayDeque<>();
  private Runnable duringEachCall = () -> {};
  private final Set<UUID> refusedRows = new HashSet<>();
  private final List<MirrorProject> checks = new ArrayList<>();
  private Supplier<MirrorProjectCheck> checkAnswer = () -> MirrorProjectCheck.of(Verdict.ACCEPTED);

  /**
   * A connection test: recorded, then answered as scripted with {@link #answerChecks} (accepted by
   * default). It never touches the table.
   */
  @Override
  public synchronized MirrorProjectCheck check(MirrorProject project) {
    checks.add(project);
    return checkAnswer.get();
  }

  /** Every connection test from now on gets {@code answer}, or throws what it supplies. */
  public synchronized void answerChecks(Supplier<MirrorProjectCheck> answer) {
    checkAnswer = answer;
  }

  /** The projects tested, in order. */
  public synchronized List<MirrorProject> checks() {
    return List.copyOf(checks);
  }

  @Override
  public synchronized void upsert(MirrorProject project, List<MirroredRecording> rows) {
    verify(rows);
    Upsert call = new Upsert(project, List.copyOf(rows));
    calls.add(call);
    duringEachCall.run();
    Runnable once = duringNextCalls.poll();
    if (once != null) {
      once.run();
    }
    Optional<Supplier<RuntimeException>> answer =
        scripted.isEmpty() ? Optional.ofNullable(untilCleared) : scripted.remove();
    if (answer.isPresent()) {
      throw answer.get().get();
    }
    if (rows.stream().anyMatch(row -> refusedRows.contains(row.id()))) {
      throw new MirrorRejectedException(
          "Supabase recusou as gravações (HTTP 400, 23514: violates check constraint)", true);
    }
    accepted.add(call);
    Map<UUID, MirroredRecording> table = tables.computeIfAbsent(project, p -> new HashMap<>());
    rows.forEach(row -> table.put(row.id(), row));
  }

  private static void verify(List<MirroredRecording> rows) {
    if (rows.isEmpty()) {
      throw new IllegalArgumentException("an upsert needs at least one row");
    }
    Set<String> tenants = new HashSet<>();
    Set<UUID> ids = new HashSet<>();
    for (MirroredRecording row : rows) {
      tenants.add(row.tenantId());
      if (!ids.add(row.id())) {
        throw new IllegalArgumentException(
            "ON CONFLICT DO UPDATE command cannot affect row a second time: " + row.id());
      }
    }
    if (tenants.size() > 1) {
      throw new IllegalArgumentException("one upsert carried rows of tenants " + tenants);
    }
  }

  /** The next {@code times} calls find the project down (as a 503 would). */
  public synchronized void unavailableForNext(int times) {
    script(times, () -> new MirrorUnavailableException("Supabase indisponível (HTTP 503)", null));
  }

  /** The next {@code times} calls are refused for good with {@code message}. */
  public synchronized void rejectNext(int times, String message) {
    script(times, () -> new MirrorRejectedException(message));
  }

  /** The next {@code times} calls time out after sending: they may still have been written. */
  public synchronized void timeOutForNext(int times) {
    script(
        times,
        () -> new MirrorUnavailableException("Supabase inacessível (tempo esgotado)", null, true));
  }

  /**
   * Every call carrying that recording is refused as a row its table does not accept (a check
   * constraint, say), as PostgreSQL refuses the whole statement for one bad row.
   */
  public synchronized void refuseRowsOf(UUID recording) {
    refusedRows.add(recording);
  }

  /** The next {@code times} calls are accepted, whatever is scripted after them. */
  public synchronized void acceptNext(int times) {
    for (int i = 0; i < times; i++) {
      scripted.add(Optional.empty());
    }
  }

  /** Once the scripted answers are used up, every call finds the project down. */
  public synchronized void unavailableUntilCleared() {
    untilCleared = () -> new MirrorUnavailableException("Supabase inacessível (timeout)", null);
  }

  /** Once the scripted answers are used up, every call is refused with {@code message}. */
  public synchronized void rejectUntilCleared(String message) {
    untilCleared = () -> new MirrorRejectedException(message);
  }

  /** The project works again: scripted and lasting failures are forgotten. */
  public synchronized void clearFailures() {
    scripted.clear();
    untilCleared = null;
  }

  /** Runs {@code action} while each request is in flight (to let time pass, or changes arrive). */
  public synchronized void duringEachCall(Runnable action) {
    duringEachCall = action;
  }

  /** Runs {@code action} while the next request is in flight, once. */
  public synchronized void duringNextCall(Runnable action) {
    duringNextCalls.add(action);
  }

  /** Every request made, accepted or not, in order. */
  public synchronized List<Upsert> calls() {
    return List.copyOf(calls);
  }

  /** The requests the project accepted, in order. */
  public synchronized List<Upsert> accepted() {
    return List.copyOf(accepted);
  }

  /** The project's table: the last accepted row of each recording. */
  public synchronized Map<UUID, MirroredRecording> table(MirrorProject project) {
    return Map.copyOf(tables.getOrDefault(project, Map.of()));
  }

  private void script(int times, Supplier<RuntimeException> failure) {
    for (int i = 0; i < times; i++) {
      scripted.add(Optional.of(failure));
    }
  }
}
