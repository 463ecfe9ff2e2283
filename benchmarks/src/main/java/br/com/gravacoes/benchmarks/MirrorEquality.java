package br.com.gravacoes.benchmarks;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Types;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import javax.sql.DataSource;

/**
 * Checks that each tenant's Supabase table equals the service's own table, column by column: every
 * recording the mirror has heard of (its start confirmed, hence at least one change) is there with
 * every column equal, and nothing else is.
 */
final class MirrorEquality {

  private static final String COLUMNS =
      "CAST(id AS text), CAST(reuniao_id AS text), tenant_id, room_id_100ms, session_id_100ms,"
          + " recording_id_100ms, asset_id, status, started_at, stopped_at, duration, file_url,"
          + " file_size, thumbnail_url, CAST(metadata AS text), created_at, updated_at";

  private static final int SHOWN_DIFFERENCES = 5;

  private MirrorEquality() {}

  /** Answers how many rows were compared; throws, listing differences, if any row differs. */
  static int verify(MirrorStage stage) {
    List<String> differences = new ArrayList<>();
    int compared = 0;
    for (BenchTenant tenant : stage.tenants) {
      Map<String, List<Object>> local =
          rows(
              stage.serviceDatabase.dataSource(),
              "SELECT "
                  + COLUMNS
                  + " FROM gravacoes WHERE tenant_id = ? AND recording_id_100ms IS NOT NULL",
              tenant.id().value());
      Map<String, List<Object>> mirrored =
          rows(
              stage.supabase,
              "SELECT " + COLUMNS + " FROM " + tenant.project().schema() + ".gravacoes",
              null);
      local.forEach(
          (id, row) -> {
            if (!Objects.equals(row, mirrored.get(id))) {
              differences.add(
                  tenant.id() + " " + id + ": local " + row + ", espelho " + mirrored.get(id));
            }
          });
      mirrored.keySet().stream()
          .filter(id -> !local.containsKey(id))
          .forEach(id -> differences.add(tenant.id() + " " + id + ": só no espelho"));
      compared += local.size();
    }
    if (!differences.isEmpty()) {
      throw new IllegalStateException(
          differences.size()
              + " linhas do espelho diferem do banco local, por exemplo:\n  "
              + String.join(
                  "\n  ", differences.subList(0, Math.min(SHOWN_DIFFERENCES, differences.size()))));
    }
    return compared;
  }

  private static Map<String, List<Object>> rows(DataSource source, String sql, String tenant) {
    Map<String, List<Object>> rows = new HashMap<>();
    try (Connection connection = source.getConnection();
        PreparedStatement statement = connection.prepareStatement(sql)) {
      if (tenant != null) {
        statement.setString(1, tenant);
      }
      try (ResultSet result = statement.executeQuery()) {
        ResultSetMetaData columns = result.getMetaData();
        while (result.next()) {
          List<Object> row = new ArrayList<>();
          for (int i = 1; i <= columns.getColumnCount(); i++) {
            row.add(value(result, i, columns.getColumnType(i)));
          }
          rows.put((String) row.get(0), row);
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException("could not read " + sql, e);
    }
    return rows;
  }

  /** Timestamps as instants, untouched by the JVM's zone; other values as the driver gives them. */
  private static Object value(ResultSet result, int column, int type) throws SQLException {
    if (type == Types.TIMESTAMP || type == Types.TIMESTAMP_WITH_TIMEZONE) {
      OffsetDateTime value = result.getObject(column, OffsetDateTime.class);
      return value == null ? null : value.toInstant();
    }
    return result.getObject(column);
  }
}
