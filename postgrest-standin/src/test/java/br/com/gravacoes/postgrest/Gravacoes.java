package br.com.gravacoes.postgrest;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;

/** Mirrored rows as the seed's sync sends them, and the rows a project's table holds. */
final class Gravacoes {

  static final UUID REUNIAO = UUID.fromString("6d1b8f2e-4c1a-4f63-9a55-0d5c3e2b7a10");

  private Gravacoes() {}

  /** Every key the seed sends, ISO-8601 dates, nulls where the recording has nothing yet. */
  static JsonObjectBuilder row(UUID id, String status) {
    return Json.createObjectBuilder()
        .add("id", id.toString())
        .add("reuniao_id", REUNIAO.toString())
        .add("tenant_id", "tenant-1")
        .add("room_id_100ms", "65a0f1c2d3e4f5a6b7c8d9e0")
        .add("session_id_100ms", "sess-1")
        .add("recording_id_100ms", "rec-" + id.toString().substring(0, 8))
        .addNull("asset_id")
        .add("status", status)
        .add("started_at", "2026-01-12T14:00:00.000Z")
        .addNull("stopped_at")
        .addNull("duration")
        .addNull("file_url")
        .addNull("file_size")
        .addNull("thumbnail_url")
        .add("metadata", Json.createObjectBuilder())
        .add("created_at", "2026-01-12T14:00:00.000Z")
        .add("updated_at", "2026-01-12T14:00:00.000Z");
  }

  static String json(UUID id, String status) {
    return row(id, status).build().toString();
  }

  /** The stored row as JSON, or empty. */
  static Optional<JsonObject> stored(DataSource dataSource, SupabaseProject project, UUID id) {
    String sql =
        "SELECT to_jsonb(g)::text FROM " + project.schema() + ".gravacoes g WHERE g.id = ?::uuid";
    try (Connection connection = dataSource.getConnection();
        PreparedStatement statement = connection.prepareStatement(sql)) {
      statement.setString(1, id.toString());
      try (ResultSet rows = statement.executeQuery()) {
        return rows.next()
            ? Optional.of(Json.createReader(new StringReader(rows.getString(1))).readObject())
            : Optional.empty();
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  static long count(DataSource dataSource, SupabaseProject project) {
    String sql = "SELECT count(*) FROM " + project.schema() + ".gravacoes";
    try (Connection connection = dataSource.getConnection();
        PreparedStatement statement = connection.prepareStatement(sql);
        ResultSet rows = statement.executeQuery()) {
      rows.next();
      return rows.getLong(1);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }
}
