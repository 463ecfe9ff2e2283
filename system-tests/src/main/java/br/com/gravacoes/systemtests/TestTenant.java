package br.com.gravacoes.systemtests;

import br.com.gravacoes.launcher.AdminToken;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * A tenant written straight into the service's database: its 100ms app, optionally its Supabase
 * project, and meetings with 100ms room ids; plus an administrator's token for it. The 100ms side
 * (app, rooms, webhook) is the caller's to set up on whichever simulator it runs.
 */
public final class TestTenant {

  private final String id;
  private final String accessKey;
  private final String appSecret;
  private final List<String> rooms;
  private final String adminToken;

  private TestTenant(
      String id, String accessKey, String appSecret, List<String> rooms, String adminToken) {
    this.id = id;
    this.accessKey = accessKey;
    this.appSecret = appSecret;
    this.rooms = List.copyOf(rooms);
    this.adminToken = adminToken;
  }

  /**
   * Creates tenant {@code id} with {@code roomCount} meetings (rooms {@code <id>-<n>-<random>}),
   * its 100ms app credentials stored as an administrator would save them.
   */
  public static TestTenant create(DataSource serviceDb, String id, int roomCount) {
    String accessKey = id + "-access-key";
    String appSecret = id + "-app-secret-long-enough-for-hs256-signing";
    update(
        serviceDb,
        "INSERT INTO credenciais_100ms (tenant_id, app_access_key, app_secret, template_id)"
            + " VALUES (?, ?, ?, 'tpl')",
        id,
        accessKey,
        appSecret);
    List<String> rooms = new ArrayList<>();
    for (int i = 0; i < roomCount; i++) {
      String room = id + "-" + i + "-" + UUID.randomUUID().toString().substring(0, 8);
      update(
          serviceDb,
          "INSERT INTO reunioes (id, tenant_id, room_id_100ms, titulo) VALUES (?, ?, ?, ?)",
          UUID.randomUUID(),
          id,
          room,
          "Reunião " + i);
      rooms.add(room);
    }
    String token =
        AdminToken.mint(ServiceEnvironment.TOKEN_SECRET, id, "admin-" + id, Duration.ofHours(6));
    return new TestTenant(id, accessKey, appSecret, rooms, token);
  }

  /** Points the tenant's mirror at a Supabase project (its REST base URL and service key). */
  public TestTenant mirroredTo(DataSource serviceDb, String supabaseUrl, String serviceKey) {
    update(
        serviceDb,
        "INSERT INTO supabase_config (tenant_id, url, service_key) VALUES (?, ?, ?)",
        id,
        supabaseUrl,
        serviceKey);
    return this;
  }

  public String id() {
    return id;
  }

  public String accessKey() {
    return accessKey;
  }

  public String appSecret() {
    return appSecret;
  }

  public List<String> rooms() {
    return rooms;
  }

  /** A bearer token of one of the tenant's administrators, valid for six hours. */
  public String adminToken() {
    return adminToken;
  }

  private static void update(DataSource dataSource, String sql, Object... values) {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement statement = connection.prepareStatement(sql)) {
      for (int i = 0; i < values.length; i++) {
        statement.setObject(i + 1, values[i]);
      }
      statement.executeUpdate();
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }
}
