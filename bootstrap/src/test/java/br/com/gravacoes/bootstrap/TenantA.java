package br.com.gravacoes.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import br.com.gravacoes.bootstrap.ApiClient.Answer;
import br.com.gravacoes.postgrest.SupabaseProject;
import br.com.gravacoes.postgrest.SupabaseTables;
import br.com.gravacoes.simulator.HmsSimulator;
import jakarta.json.JsonObject;
import java.util.UUID;

/**
 * The tenant whose things other callers must not reach: a room whose recording is completed, a room
 * being recorded right now, its own 100ms app and its own Supabase project.
 */
record TenantA(
    String idleRoom,
    String busyRoom,
    String recordingId,
    String meetingId,
    String supabaseUrl,
    String serviceKey) {

  static final String ID = "acesso_a";
  static final String ACCESS_KEY = "acesso-a-app-key";
  static final String APP_SECRET = "acesso-a-app-secret-0123456789abcdefghij";

  /** Made through the API by the tenant's admin, as the product makes them. */
  static TenantA create(ApiClient api, Fixtures db, HmsSimulator hms) {
    hms.addApp(ACCESS_KEY, APP_SECRET);
    db.tenantWithCredentials(ID, ACCESS_KEY, APP_SECRET);
    SupabaseProject project = SupabaseProject.withRandomSecret(ID);
    SupabaseTables.createGravacoes(IntegrationEnvironment.supabaseDatabase().dataSource(), project);
    IntegrationEnvironment.supabase().addProject(project);
    String url = IntegrationEnvironment.supabase().baseUrl(project.ref()).toString();
    db.supabaseProject(ID, url, project.keys().serviceRoleKey());
    ApiClient admin = api.asAdminOf(ID);
    String idle = newRoom(db, hms, "ociosa");
    String busy = newRoom(db, hms, "gravando");
    Answer started = admin.start(idle);
    assertThat(started.status())
        .as("start as the admin of %s: %s", ID, started.body())
        .isEqualTo(200);
    Answer stopped = admin.stop(idle);
    assertThat(stopped.status()).as("stop: %s", stopped.body()).isEqualTo(200);
    Answer recording = admin.start(busy);
    assertThat(recording.status()).as("start: %s", recording.body()).isEqualTo(200);
    JsonObject completed = started.json().getJsonObject("recording");
    return new TenantA(
        idle,
        busy,
        completed.getString("id"),
        completed.getString("reuniaoId"),
        url,
        project.keys().serviceRoleKey());
  }

  /** A new room of the tenant's, with a meeting in it. */
  static String newRoom(Fixtures db, HmsSimulator hms, String purpose) {
    String roomId = "acesso-a-" + purpose + "-" + UUID.randomUUID().toString().substring(0, 8);
    hms.addRoom(ACCESS_KEY, roomId);
    db.meeting(ID, roomId);
    return roomId;
  }
}
