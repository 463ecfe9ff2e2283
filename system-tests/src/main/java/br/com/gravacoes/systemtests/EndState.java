package br.com.gravacoes.systemtests;

import br.com.gravacoes.postgrest.GravacoesRows;
import br.com.gravacoes.simulator.HmsSimulator;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import javax.sql.DataSource;

/**
 * The promises a fault must not break, checked once the load has come to rest: nothing the service
 * accepted is lost, no room records twice, nothing records at 100ms without its local row, every
 * recording ends {@code completed} or {@code failed}, and each tenant's mirror equals the table.
 */
public final class EndState {

  private static final int ID = 0;
  private static final int TENANT = 2;
  private static final int ROOM = 3;
  private static final int HMS_ID = 5;
  private static final int STATUS = 7;
  private static final int MAX_PROBLEMS = 15;

  /** A recording as 100ms lists it: its id, its room, and whether it still runs. */
  public record RecordingAt100ms(String id, String roomId, boolean running) {}

  private final DataSource service;
  private final Supplier<List<RecordingAt100ms>> recordingsAt100ms;
  private final List<MirrorTarget> mirrors;
  private final Set<String> rooms;

  /** Checks the rooms' recordings against a simulator running in this JVM. */
  public EndState(
      DataSource service, HmsSimulator hms, List<MirrorTarget> mirrors, Set<String> rooms) {
    this(
        service,
        () ->
            hms.recordings().stream()
                .map(
                    recording ->
                        new RecordingAt100ms(
                            recording.id(), recording.roomId(), recording.stoppedAt() == null))
                .toList(),
        mirrors,
        rooms);
  }

  /** Checks the rooms' recordings against what {@code recordingsAt100ms} lists. */
  public EndState(
      DataSource service,
      Supplier<List<RecordingAt100ms>> recordingsAt100ms,
      List<MirrorTarget> mirrors,
      Set<String> rooms) {
    this.service = service;
    this.recordingsAt100ms = recordingsAt100ms;
    this.mirrors = List.copyOf(mirrors);
    this.rooms = Set.copyOf(rooms);
  }

  /**
   * Inspects until every promise holds or {@code limit} has passed (the reconciler and the mirror
   * need a moment), and returns the last inspection.
   */
  public EndStateReport await(ToggleLedger ledger, Duration limit) throws InterruptedException {
    long deadline = System.nanoTime() + limit.toNanos();
    EndStateReport report = inspect(ledger);
    while (!report.clean() && System.nanoTime() < deadline) {
      Thread.sleep(500);
      report = inspect(ledger);
    }
    return report;
  }

  /** One look at the table, 100ms and the mirrors. */
  public EndStateReport inspect(ToggleLedger ledger) {
    List<String> problems = new ArrayList<>();
    List<List<Object>> local = localRows();
    Map<String, List<Object>> byId =
        local.stream().collect(Collectors.toMap(row -> text(row, ID), Function.identity()));
    int lost = lost(ledger, byId, problems);
    int duplicates = duplicates(local, problems);
    int orphans = orphans(local, problems);
    int stuck = 0;
    for (List<Object> row : local) {
      String status = text(row, STATUS);
      if (!status.equals("completed") && !status.equals("failed")) {
        stuck++;
        note(problems, "parada em " + status + ": " + row);
      }
    }
    int mismatches = 0;
    for (MirrorTarget mirror : mirrors) {
      mismatches += mirrorMismatches(mirror, local, problems);
    }
    return new EndStateReport(local.size(), lost, duplicates, orphans, stuck, mismatches, problems);
  }

  /** The ids of every local recording of the watched tenants, as they are now. */
  public Set<String> recordingIds() {
    return localRows().stream().map(row -> text(row, ID)).collect(Collectors.toSet());
  }

  private List<List<Object>> localRows() {
    List<List<Object>> rows = new ArrayList<>();
    for (MirrorTarget mirror : mirrors) {
      rows.addAll(GravacoesRows.read(service, "gravacoes", "tenant_id = ?", mirror.tenantId()));
    }
    return rows;
  }

  private static int lost(
      ToggleLedger ledger, Map<String, List<Object>> byId, List<String> problems) {
    int lost = 0;
    for (ToggleLedger.AcceptedStart start : ledger.acceptedStarts()) {
      List<Object> row = byId.get(start.recordingId());
      if (row == null || !start.hmsRecordingId().equals(row.get(HMS_ID))) {
        lost++;
        note(problems, "início aceito sem sua linha: " + start + " -> " + row);
      }
    }
    for (ToggleLedger.AcceptedStop stop : ledger.acceptedStops()) {
      List<Object> row = byId.get(stop.recordingId());
      if (row == null || text(row, STATUS).equals("recording")) {
        lost++;
        note(problems, "parada aceita sem efeito: " + stop + " -> " + row);
      }
    }
    return lost;
  }

  private int duplicates(List<List<Object>> local, List<String> problems) {
    int duplicates = 0;
    Map<String, Long> activeByRoom =
        local.stream()
            .filter(row -> text(row, STATUS).equals("recording"))
            .collect(Collectors.groupingBy(row -> text(row, ROOM), Collectors.counting()));
    for (Map.Entry<String, Long> room : activeByRoom.entrySet()) {
      if (room.getValue() > 1) {
        duplicates++;
        note(problems, "sala com " + room.getValue() + " gravações ativas: " + room.getKey());
      }
    }
    Map<String, Long> runningByRoom =
        running().stream()
            .collect(Collectors.groupingBy(RecordingAt100ms::roomId, Collectors.counting()));
    for (Map.Entry<String, Long> room : runningByRoom.entrySet()) {
      if (room.getValue() > 1) {
        duplicates++;
        note(problems, "sala gravando " + room.getValue() + " vezes no 100ms: " + room.getKey());
      }
    }
    Map<Object, Long> rowsByHmsId =
        local.stream()
            .map(row -> row.get(HMS_ID))
            .filter(Objects::nonNull)
            .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
    for (Map.Entry<Object, Long> recording : rowsByHmsId.entrySet()) {
      if (recording.getValue() > 1) {
        duplicates++;
        note(
            problems, recording.getValue() + " linhas para a gravação 100ms " + recording.getKey());
      }
    }
    return duplicates;
  }

  private int orphans(List<List<Object>> local, List<String> problems) {
    Set<Object> activeHere = new HashSet<>();
    for (List<Object> row : local) {
      if (text(row, STATUS).equals("recording")) {
        activeHere.add(row.get(HMS_ID));
      }
    }
    int orphans = 0;
    for (RecordingAt100ms recording : running()) {
      if (!activeHere.contains(recording.id())) {
        orphans++;
        note(problems, "gravando no 100ms sem linha ativa: " + recording);
      }
    }
    return orphans;
  }

  private static int mirrorMismatches(
      MirrorTarget mirror, List<List<Object>> local, List<String> problems) {
    Map<Object, List<Object>> here = new HashMap<>();
    for (List<Object> row : local) {
      if (mirror.tenantId().equals(row.get(TENANT))) {
        here.put(row.get(ID), row);
      }
    }
    Map<Object, List<Object>> there = new HashMap<>();
    for (List<Object> row : GravacoesRows.read(mirror.database(), mirror.table(), "")) {
      there.put(row.get(ID), row);
    }
    Set<Object> ids = new HashSet<>(here.keySet());
    ids.addAll(there.keySet());
    int mismatches = 0;
    for (Object id : ids) {
      if (!Objects.equals(here.get(id), there.get(id))) {
        mismatches++;
        note(problems, "espelho difere: local " + here.get(id) + " / Supabase " + there.get(id));
      }
    }
    return mismatches;
  }

  private List<RecordingAt100ms> running() {
    return recordingsAt100ms.get().stream()
        .filter(recording -> rooms.contains(recording.roomId()))
        .filter(RecordingAt100ms::running)
        .toList();
  }

  private static String text(List<Object> row, int column) {
    return String.valueOf(row.get(column));
  }

  private static void note(List<String> problems, String problem) {
    if (problems.size() < MAX_PROBLEMS) {
      problems.add(problem);
    }
  }
}
