package br.com.gravacoes.benchmarks;

import br.com.gravacoes.postgrest.GravacoesRows;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.sql.DataSource;

/**
 * The end state after a load level, once the service has settled: one local row per accepted start,
 * no room with two active recordings, the same recordings here and at 100ms (none left running
 * there), nothing stuck in {@code processing}, and the Supabase mirror equal to the local table
 * column by column.
 */
final class LoadConsistency {

  /** The outcome; {@code problems} is empty when everything held. */
  record Check(
      long localRows,
      long expectedRows,
      long duplicateActive,
      long orphansAt100ms,
      long runningAt100ms,
      long unfinished,
      boolean mirrorEqual,
      Duration settle,
      List<String> problems) {

    boolean ok() {
      return problems.isEmpty();
    }
  }

  private LoadConsistency() {}

  /**
   * Waits (at most {@code patience}) until the tenant has no recording left in {@code recording} or
   * {@code processing} and the mirror has caught up, then checks everything.
   */
  static Check check(
      DataSource service,
      DataSource supabase,
      String mirrorTable,
      String tenant,
      long expectedRows,
      SimulatorProcess simulator,
      Duration patience) {
    long began = System.nanoTime();
    long deadline = began + patience.toNanos();
    while (System.nanoTime() < deadline
        && (count(service, "status IN ('recording', 'processing')", tenant) > 0
            || count(service, "id IN (SELECT gravacao_id FROM espelho_eventos)", tenant) > 0
            || !mirrorEqual(service, supabase, mirrorTable, tenant))) {
      Progress.pause(Duration.ofMillis(500));
    }
    Duration settle = Duration.ofNanos(System.nanoTime() - began);

    long local = count(service, "true", tenant);
    long duplicates =
        scalar(
            service,
            "SELECT count(*) FROM (SELECT room_id_100ms FROM gravacoes WHERE tenant_id = ?"
                + " AND status = 'recording' GROUP BY room_id_100ms HAVING count(*) > 1) d",
            tenant);
    long unfinished = count(service, "status IN ('recording', 'processing')", tenant);
    Set<String> localIds = recordingIds(service, tenant);
    long orphans = 0;
    long running = 0;
    try (JsonReader reader = Json.createReader(new StringReader(simulator.recordingsJson()))) {
      for (JsonObject recording : reader.readArray().getValuesAs(JsonObject.class)) {
        if (!localIds.contains(recording.getString("id"))) {
          orphans++;
        }
        if ("running".equals(recording.getString("status"))) {
          running++;
        }
      }
    }
    boolean mirror = mirrorEqual(service, supabase, mirrorTable, tenant);

    List<String> problems = new java.util.ArrayList<>();
    if (local != expectedRows) {
      problems.add("linhas locais " + local + " ≠ inícios aceitos " + expectedRows);
    }
    if (duplicates > 0) {
      problems.add(duplicates + " salas com mais de uma gravação ativa");
    }
    if (orphans > 0) {
      problems.add(orphans + " gravações no 100ms sem linha local");
    }
    if (running > 0) {
      problems.add(running + " gravações ainda rodando no 100ms");
    }
    if (unfinished > 0) {
      problems.add(unfinished + " gravações não concluídas em " + patience.toSeconds() + " s");
    }
    if (!mirror) {
      problems.add("espelho no Supabase ≠ tabela local");
    }
    return new Check(
        local,
        expectedRows,
        duplicates,
        orphans,
        running,
        unfinished,
        mirror,
        settle,
        List.copyOf(problems));
  }

  private static boolean mirrorEqual(
      DataSource service, DataSource supabase, String mirrorTable, String tenant) {
    return GravacoesRows.read(service, "gravacoes", "tenant_id = ?", tenant)
        .equals(GravacoesRows.read(supabase, mirrorTable, "tenant_id = ?", tenant));
  }

  private static long count(DataSource service, String condition, String tenant) {
    return scalar(
        service, "SELECT count(*) FROM gravacoes WHERE tenant_id = ? AND " + condition, tenant);
  }

  private static Set<String> recordingIds(DataSource service, String tenant) {
    Set<String> ids = new HashSet<>();
    try (Connection connection = service.getConnection();
        PreparedStatement query =
            connection.prepareStatement(
                "SELECT recording_id_100ms FROM gravacoes WHERE tenant_id = ?"
                    + " AND recording_id_100ms IS NOT NULL")) {
      query.setString(1, tenant);
      try (ResultSet rows = query.executeQuery()) {
        while (rows.next()) {
          ids.add(rows.getString(1));
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
    return ids;
  }

  private static long scalar(DataSource dataSource, String sql, String parameter) {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement query = connection.prepareStatement(sql)) {
      query.setString(1, parameter);
      try (ResultSet result = query.executeQuery()) {
        result.next();
        return result.getLong(1);
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }
}
