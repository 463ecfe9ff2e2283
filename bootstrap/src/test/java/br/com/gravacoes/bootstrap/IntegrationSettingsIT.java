package br.com.gravacoes.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import br.com.gravacoes.bootstrap.ApiClient.Answer;
import br.com.gravacoes.postgrest.PostgrestStandIn;
import br.com.gravacoes.postgrest.SupabaseProject;
import br.com.gravacoes.postgrest.SupabaseTables;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * "Configurações > Integrações" on the deployed WAR: settings saved over HTTP are sealed at rest
 * with the configured key, shown masked, used by the recording flow, and tested against the 100ms
 * simulator and the PostgREST stand-in.
 */
class IntegrationSettingsIT extends DeployedServiceTest {

  private static final String SECRET = "integ-app-secret-long-enough-for-hs256";

  private final DataSource serviceDb = IntegrationEnvironment.database().dataSource();
  private final PostgrestStandIn supabase = IntegrationEnvironment.supabase();

  private static String newTenant() {
    return "integ-" + UUID.randomUUID().toString().substring(0, 8);
  }

  @Test
  void hmsCredentialsAreSealedShownMaskedTestedAndUsed() {
    String tenant = newTenant();
    String accessKey = "key-" + tenant;
    hms.addApp(accessKey, SECRET);
    ApiClient admin = api.asAdminOf(tenant);

    assertThat(
            admin.send("api/integracoes/100ms", "GET", null, null).json().getBoolean("configured"))
        .isFalse();
    Answer saved =
        admin.send(
            "api/integracoes/100ms",
            "PUT",
            "application/json",
            "{\"appAccessKey\":\""
                + accessKey
                + "\",\"appSecret\":\""
                + SECRET
                + "\",\"templateId\":\"tpl\"}");

    assertThat(saved.status()).as(saved.body()).isEqualTo(200);
    assertThat(saved.body()).doesNotContain(SECRET);
    assertThat(saved.json().getString("appSecret")).isEqualTo("••••••••s256");
    assertThat(stored("SELECT app_secret FROM credenciais_100ms WHERE tenant_id = ?", tenant))
        .startsWith("gcm1:it2026:")
        .doesNotContain(SECRET);
    assertThat(testHms(admin, null)).isEqualTo(ok());
    assertThat(
            testHms(admin, "{\"appSecret\":\"another-secret-long-enough-for-hs256\"}")
                .getString("error"))
        .isEqualTo("segredo inválido");
    assertThat(testHms(admin, "{\"appAccessKey\":\"nobodys-key\"}").getString("error"))
        .isEqualTo("chave de acesso inválida");

    Answer kept =
        admin.send(
            "api/integracoes/100ms",
            "PUT",
            "application/json",
            "{\"appAccessKey\":\"" + accessKey + "\"}");
    assertThat(kept.status()).as(kept.body()).isEqualTo(200);
    String room = "room-" + tenant;
    hms.addRoom(accessKey, room);
    db.meeting(tenant, room);
    assertThat(admin.start(room).status()).isEqualTo(200);
    admin.stop(room);

    assertThat(db.auditOf(tenant))
        .extracting(row -> row.get("acao"))
        .filteredOn(action -> action.toString().startsWith("integracao."))
        .containsExactly("integracao.100ms.alterada", "integracao.100ms.alterada");
    assertThat(
            api.asAdminOf(newTenant())
                .send("api/integracoes/100ms", "GET", null, null)
                .json()
                .getBoolean("configured"))
        .isFalse();
  }

  @Test
  void theSupabaseProjectIsSealedAndTested_andItsKeyNeverGoesToAnotherUrl() {
    String tenant = newTenant();
    SupabaseProject project = SupabaseProject.withRandomSecret(tenant);
    SupabaseTables.createGravacoes(IntegrationEnvironment.supabaseDatabase().dataSource(), project);
    supabase.addProject(project);
    String url = supabase.baseUrl(project.ref()).toString();
    String key = project.keys().serviceRoleKey();
    ApiClient admin = api.asAdminOf(tenant);

    Answer saved =
        admin.send(
            "api/integracoes/supabase",
            "PUT",
            "application/json",
            "{\"url\":\"" + url + "\",\"serviceKey\":\"" + key + "\"}");

    assertThat(saved.status()).as(saved.body()).isEqualTo(200);
    assertThat(saved.body()).doesNotContain(key);
    assertThat(stored("SELECT service_key FROM supabase_config WHERE tenant_id = ?", tenant))
        .startsWith("gcm1:it2026:");
    assertThat(admin.post("api/integracoes/supabase/testar", null).json()).isEqualTo(ok());
    assertThat(
            admin
                .post(
                    "api/integracoes/supabase/testar",
                    "{\"serviceKey\":\"" + project.keys().anonKey() + "\"}")
                .json()
                .getString("error"))
        .startsWith("chave inválida");
    assertError(
        admin.post("api/integracoes/supabase/testar", "{\"url\":\"https://attacker.example\"}"),
        400,
        "serviceKey é obrigatório ao trocar a URL do projeto");
    assertError(
        admin.send("api/integracoes/supabase", "PUT", "application/json", "{\"url\":1}"),
        400,
        "url deve ser um texto");
  }

  private static JsonObject testHms(ApiClient admin, String body) {
    Answer answer = admin.post("api/integracoes/100ms/testar", body);
    assertThat(answer.status()).as(answer.body()).isEqualTo(200);
    return answer.json();
  }

  private static JsonObject ok() {
    return Json.createObjectBuilder().add("ok", true).build();
  }

  private String stored(String sql, String tenant) {
    try (Connection connection = serviceDb.getConnection();
        PreparedStatement query = connection.prepareStatement(sql)) {
      query.setString(1, tenant);
      try (ResultSet result = query.executeQuery()) {
        assertThat(result.next()).isTrue();
        return result.getString(1);
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }
}
