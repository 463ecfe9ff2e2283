package br.com.gravacoes.bootstrap;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/**
 * A tenant's recordings read column by column, the same way from the service's {@code gravacoes}
 * and from the mirror's copy in a Supabase project, so that the two can be compared whole.
 */
final class MirrorRows {

  private static final String COLUMNS =
      "CAST(id AS text), CAST(reuniao_id AS text), tenant_id, room_id_100ms, session_id_100ms,"
          + " recording_id_100ms, asset_id, status, started_at, stopped_at, duration, file_url,"
          + " file_size, thumbnail_url, CAST(metadata AS text), created_at, updated_at";

  private MirrorRows() {}

  /** The local rows of a tenant, ordered by id. */
  static List<List<Object>> local(DataSource service, String tenant) {
    return read(
        service, "SELECT " + COLUMNS + " FROM gravacoes WHERE tenant_id = ? ORDER BY id", tenant);
  }

  /** The mirrored rows of a tenant in a project's schema, ordered by id. */
  static List<List<Object>> mirrored(DataSource supabase, String schema, String tenant) {
    return read(
        supabase,
        "SELECT " + COLUMNS + " FROM " + schema + ".gravacoes WHERE tenant_id = ? ORDER BY id",
        tenant);
  }

  private static List<List<Object>> read(DataSource database, String sql, String tenant) {
    try (Connection connection = database.getConnection();
        PreparedStatement query = connection.prepareStatement(sql)) {
      query.setString(1, tenant);
      List<List<Object>> rows = new ArrayList<>();
      try (ResultSet result = query.executeQuery()) {
        int columns = result.getMetaData().getColumnCount();
        while (result.next()) {
          List<Object> row = new ArrayList<>(columns);
          for (int i = 1; i <= columns; i++) {
            Object value = result.getObject(i);
            row.add(value instanceof Timestamp timestamp ? timestamp.toInstant() : value);
          }
          rows.add(row);
        }
      }
      return rows;
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }
}
