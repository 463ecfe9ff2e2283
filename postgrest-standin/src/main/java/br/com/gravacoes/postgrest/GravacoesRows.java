package br.com.gravacoes.postgrest;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Types;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/**
 * Reads a {@code gravacoes} table, the service's or a project's mirror, column by column in the
 * seed's order, the same way on both sides so that they can be compared whole: ids and metadata as
 * text, timestamps as instants, whatever the JVM's zone.
 */
public final class GravacoesRows {

  public static final String COLUMNS =
      "CAST(id AS text), CAST(reuniao_id AS text), tenant_id, room_id_100ms, session_id_100ms,"
          + " recording_id_100ms, asset_id, status, started_at, stopped_at, duration, file_url,"
          + " file_size, thumbnail_url, CAST(metadata AS text), created_at, updated_at";

  private GravacoesRows() {}

  /**
   * The rows of {@code table} (optionally schema-qualified) that meet {@code condition} (SQL with
   * {@code ?} for each parameter; blank for every row), ordered by id.
   */
  public static List<List<Object>> read(
      DataSource database, String table, String condition, Object... parameters) {
    String sql =
        "SELECT "
            + COLUMNS
            + " FROM "
            + table
            + (condition.isBlank() ? "" : " WHERE " + condition)
            + " ORDER BY id";
    try (Connection connection = database.getConnection();
        PreparedStatement query = connection.prepareStatement(sql)) {
      for (int i = 0; i < parameters.length; i++) {
        query.setObject(i + 1, parameters[i]);
      }
      List<List<Object>> rows = new ArrayList<>();
      try (ResultSet result = query.executeQuery()) {
        ResultSetMetaData columns = result.getMetaData();
        while (result.next()) {
          List<Object> row = new ArrayList<>(columns.getColumnCount());
          for (int i = 1; i <= columns.getColumnCount(); i++) {
            row.add(value(result, i, columns.getColumnType(i)));
          }
          rows.add(row);
        }
      }
      return rows;
    } catch (SQLException e) {
      throw new IllegalStateException("could not read " + sql, e);
    }
  }

  private static Object value(ResultSet result, int column, int type) throws SQLException {
    if (type == Types.TIMESTAMP || type == Types.TIMESTAMP_WITH_TIMEZONE) {
      OffsetDateTime value = result.getObject(column, OffsetDateTime.class);
      return value == null ? null : value.toInstant();
    }
    return result.getObject(column);
  }
}
