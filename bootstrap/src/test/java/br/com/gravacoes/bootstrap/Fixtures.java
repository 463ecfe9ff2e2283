package br.com.gravacoes.bootstrap;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;

/** Rows the integration tests put in, and read back from, the service's database. */
final class Fixtures {

  static final String TENANT = "tenant_it";
  static final String ACCESS_KEY = "it-access-key";
  static final String SECRET = "it-app-secret-long-enough-for-hs256-signing";

  private final DataSource database;

  Fixtures(DataSource database) {
    this.database = database;
  }

  void tenantWithCredentials(String tenant) {
    tenantWithCredentials(tenant, ACCESS_KEY, SECRET);
  }

  /** The tenant's own 100ms app (stored in plain text, as before secrets were sealed). */
  void tenantWithCredentials(String tenant, String accessKey, String secret) {
    update(
        "INSERT INTO credenciais_100ms (tenant_id, app_access_key, app_secret, template_id) "
            + "VALUES (?, ?, ?, 'tpl') ON CONFLICT (tenant_id) DO NOTHING",
        tenant,
        accessKey,
        secret);
  }

  /** The tenant's Supabase project (the key in plain text, as before secrets were sealed). */
  void supabaseProject(String tenant, String url, String serviceKey) {
    update(
        "INSERT INTO supabase_config (tenant_id, url, service_key) VALUES (?, ?, ?)"
            + " ON CONFLICT (tenant_id) DO UPDATE SET url = EXCLUDED.url,"
            + " service_key = EXCLUDED.service_key",
        tenant,
        url,
        serviceKey);
  }

  /** A change of the tenant the mirror parked (of a recording it will never deliver); its id. */
  long parkedMirrorChange(String tenant) {
    return (Long)
        rows(
                "INSERT INTO espelho_eventos (gravacao_id, tenant_id, criado_em, estado, erro,"
                    + " parado_em) VALUES (?, ?, now(), 'parado', 'IT: recusado', now())"
                    + " RETURNING id",
                UUID.randomUUID(),
                tenant)
            .get(0)
            .get("id");
  }

  /** The state of a mirror change ({@code pendente}, {@code parado}), or null once it is gone. */
  String mirrorChangeState(long id) {
    List<Map<String, Object>> found = rows("SELECT estado FROM espelho_eventos WHERE id = ?", id);
    return found.isEmpty() ? null : (String) found.get(0).get("estado");
  }

  /** The tenant's audit rows as stored, oldest first. */
  List<Map<String, Object>> auditOf(String tenant) {
    return rows(
        "SELECT usuario, acao, gravacao_id, reuniao_id, ip FROM auditoria WHERE tenant_id = ?"
            + " ORDER BY id",
        tenant);
  }

  void meeting(String tenant, String roomId) {
    update(
        "INSERT INTO reunioes (id, tenant_id, room_id_100ms, titulo) VALUES (?, ?, ?, 'IT') "
            + "ON CONFLICT (room_id_100ms) DO NOTHING",
        UUID.randomUUID(),
        tenant,
        roomId);
  }

  List<Map<String, Object>> recordingsOf(String roomId) {
    try (Connection c = database.getConnection();
        PreparedStatement query =
            c.prepareStatement(
                "SELECT id, status, recording_id_100ms, session_id_100ms, asset_id, duration, file_size, "
                    + "file_url, started_at, stopped_at FROM gravacoes WHERE room_id_100ms = ? ORDER BY created_at")) {
      query.setString(1, roomId);
      List<Map<String, Object>> rows = new ArrayList<>();
      try (ResultSet result = query.executeQuery()) {
        while (result.next()) {
          Map<String, Object> row = new java.util.HashMap<>();
          for (int i = 1; i <= result.getMetaData().getColumnCount(); i++) {
            row.put(result.getMetaData().getColumnName(i), result.getObject(i));
          }
          rows.add(row);
        }
      }
      return rows;
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  private List<Map<String, Object>> rows(String sql, Object... values) {
    try (Connection c = database.getConnection();
        PreparedStatement query = c.prepareStatement(sql)) {
      for (int i = 0; i < values.length; i++) {
        query.setObject(i + 1, values[i]);
      }
      List<Map<String, Object>> rows = new ArrayList<>();
      try (ResultSet result = query.executeQuery()) {
        while (result.next()) {
          Map<String, Object> row = new java.util.HashMap<>();
          for (int i = 1; i <= result.getMetaData().getColumnCount(); i++) {
            row.put(result.getMetaData().getColumnName(i), result.getObject(i));
          }
          rows.add(row);
        }
      }
      return rows;
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  private void update(String sql, Object... values) {
    try (Connection c = database.getConnection();
        PreparedStatement statement = c.prepareStatement(sql)) {
      for (int i = 0; i < values.length; i++) {
        statement.setObject(i + 1, values[i]);
      }
      statement.executeUpdate();
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }
}
