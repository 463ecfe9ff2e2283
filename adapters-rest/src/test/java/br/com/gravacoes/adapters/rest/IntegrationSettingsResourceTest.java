package br.com.gravacoes.adapters.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import br.com.gravacoes.adapters.rest.auth.CurrentCaller;
import br.com.gravacoes.application.port.in.Actor;
import br.com.gravacoes.application.port.in.ConnectionTestResult;
import br.com.gravacoes.application.port.in.HmsSettingsView;
import br.com.gravacoes.application.port.in.InvalidSettingsException;
import br.com.gravacoes.application.port.in.SaveHmsSettingsCommand;
import br.com.gravacoes.application.port.in.SaveSupabaseSettingsCommand;
import br.com.gravacoes.application.port.in.SupabaseSettingsView;
import br.com.gravacoes.application.port.in.TestHmsConnectionCommand;
import br.com.gravacoes.application.port.in.TestSupabaseConnectionCommand;
import br.com.gravacoes.application.port.out.StoredSecretException;
import br.com.gravacoes.domain.tenant.HmsCredentials;
import br.com.gravacoes.domain.tenant.MirrorProject;
import br.com.gravacoes.domain.tenant.TenantId;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The settings endpoints without HTTP: strict reading of the forms, masked secrets out. */
class IntegrationSettingsResourceTest {

  private static final Actor ANA = new Actor("ana", new TenantId("acme"), "203.0.113.7");
  private static final String SECRET = "hms-app-secret-0123456789-abcdefghij-WXYZ";
  private static final String SERVICE_KEY = "service-key-0123456789-abcdefghij-KEY9";

  private final List<Object> asked = new ArrayList<>();
  private HmsSettingsView hmsView = HmsSettingsView.notConfigured();
  private SupabaseSettingsView supabaseView = SupabaseSettingsView.notConfigured();
  private ConnectionTestResult testResult = ConnectionTestResult.passed();

  private final IntegrationSettingsResource resource =
      new IntegrationSettingsResource(
          new CurrentCaller() {
            @Override
            public Actor actor() {
              return ANA;
            }
          },
          actor -> answer(actor, hmsView),
          command -> answer(command, hmsView),
          command -> answer(command, testResult),
          actor -> answer(actor, supabaseView),
          command -> answer(command, supabaseView),
          command -> answer(command, testResult));

  private <T> T answer(Object question, T answer) {
    asked.add(question);
    return answer;
  }

  @Test
  void theSavedCredentialsAreShownWithTheSecretMasked_neverWhole() {
    hmsView = HmsSettingsView.of(new HmsCredentials("access-key", SECRET, "tpl-1"));

    JsonObject json = resource.hms();

    assertThat(json.keySet())
        .containsExactly("appAccessKey", "appSecret", "templateId", "configured");
    assertThat(json.getString("appAccessKey")).isEqualTo("access-key");
    assertThat(json.getString("appSecret")).isEqualTo("••••••••WXYZ");
    assertThat(json.getString("templateId")).isEqualTo("tpl-1");
    assertThat(json.getBoolean("configured")).isTrue();
    assertThat(json.toString()).doesNotContain(SECRET);
    assertThat(asked).containsExactly(ANA);
  }

  @Test
  void nothingSavedIsNullsAndNotConfigured_andAProblemIsShownOnlyWhenThereIsOne() {
    JsonObject empty = resource.hms();
    assertThat(empty.get("appSecret")).isEqualTo(JsonValue.NULL);
    assertThat(empty.getBoolean("configured")).isFalse();
    assertThat(empty.containsKey("problem")).isFalse();

    hmsView = HmsSettingsView.unreadable("Não foi possível abrir o segredo salvo");
    assertThat(resource.hms().getString("problem"))
        .isEqualTo("Não foi possível abrir o segredo salvo");
  }

  @Test
  void aSaveHandsTheFormToTheUseCase_asTheCaller() {
    hmsView = HmsSettingsView.of(new HmsCredentials("access-key", SECRET, null));

    JsonObject saved =
        resource.saveHms(
            "{\"appAccessKey\":\"access-key\",\"appSecret\":\""
                + SECRET
                + "\",\"templateId\":null}");

    assertThat(asked).containsExactly(new SaveHmsSettingsCommand(ANA, "access-key", SECRET, null));
    assertThat(saved.getString("appSecret")).isEqualTo("••••••••WXYZ");
    assertThat(saved.toString()).doesNotContain(SECRET);
  }

  @Test
  void aSaveWithoutTheSecretKeepsIt() {
    resource.saveHms("{\"appAccessKey\":\"access-key\"}");

    assertThat(asked).containsExactly(new SaveHmsSettingsCommand(ANA, "access-key", null, null));
  }

  @Test
  void malformedFormsAreRefusedInPortuguese() {
    assertRefused(() -> resource.saveHms(""), "O corpo da requisição deve ser um objeto JSON");
    assertRefused(() -> resource.saveHms("[]"), "O corpo da requisição deve ser um objeto JSON");
    assertRefused(
        () -> resource.saveHms("{\"appAccessKey\":"), "JSON inválido no corpo da requisição");
    assertRefused(
        () -> resource.saveHms("{\"appAccessKey\":\"k\",\"appSecret\":42}"),
        "appSecret deve ser um texto");
    assertRefused(
        () -> resource.saveHms("{\"appAccessKey\":\"k\",\"tenantId\":\"globex\"}"),
        "Campo desconhecido: 'tenantId' (use appAccessKey, appSecret, templateId)");
    assertRefused(
        () -> resource.saveSupabase("{\"url\":\"https://a.supabase.co\",\"service_key\":\"x\"}"),
        "Campo desconhecido: 'service_key' (use url, serviceKey)");
    assertThat(asked).isEmpty();
  }

  @Test
  void fieldsPastTheirLimitsAreRefusedWith400() {
    Throwable refused =
        catchThrowable(() -> resource.saveHms("{\"appAccessKey\":\"" + "k".repeat(129) + "\"}"));

    assertThat(refused).isInstanceOf(InvalidSettingsException.class);
    Response answer = new ApiExceptionMapper().toResponse(refused);
    assertThat(answer.getStatus()).isEqualTo(400);
    assertThat(((JsonObject) answer.getEntity()).getString("error"))
        .isEqualTo("appAccessKey deve ter no máximo 128 caracteres");
  }

  @Test
  void aTestWithoutABodyTestsTheSavedCredentials() {
    testResult = ConnectionTestResult.failed("segredo inválido");

    JsonObject json = resource.testHms(null);

    assertThat(json).isEqualTo(jsonOf("{\"ok\":false,\"error\":\"segredo inválido\"}"));
    assertThat(asked).containsExactly(TestHmsConnectionCommand.saved(ANA));
  }

  @Test
  void aTestMayCarryTheWholeForm_theTemplateIsNotPartOfIt() {
    JsonObject json =
        resource.testHms(
            "{\"appAccessKey\":\"k\",\"appSecret\":\"" + SECRET + "\",\"templateId\":\"t\"}");

    assertThat(json).isEqualTo(jsonOf("{\"ok\":true}"));
    assertThat(asked).containsExactly(new TestHmsConnectionCommand(ANA, "k", SECRET));
  }

  @Test
  void theSupabaseProjectIsShownWithTheKeyMasked_andSavedAndTestedAsTheCaller() {
    supabaseView =
        SupabaseSettingsView.of(
            new MirrorProject(URI.create("https://acme.supabase.co"), SERVICE_KEY));

    JsonObject shown = resource.supabase();
    resource.saveSupabase("{\"url\":\"https://acme.supabase.co\",\"serviceKey\":null}");
    resource.testSupabase("{\"url\":\"https://acme.supabase.co\"}");
    resource.testSupabase("  ");

    assertThat(shown.keySet()).containsExactly("url", "serviceKey", "configured");
    assertThat(shown.getString("serviceKey")).isEqualTo("••••••••KEY9");
    assertThat(shown.toString()).doesNotContain(SERVICE_KEY);
    assertThat(asked)
        .containsExactly(
            ANA,
            new SaveSupabaseSettingsCommand(ANA, "https://acme.supabase.co", null),
            new TestSupabaseConnectionCommand(ANA, "https://acme.supabase.co", null),
            TestSupabaseConnectionCommand.saved(ANA));
  }

  @Test
  void aSecretThatCannotBeStoredIsAServerErrorThatSaysWhatToConfigure() {
    Response answer =
        new ApiExceptionMapper()
            .toResponse(
                new StoredSecretException(
                    "Chave de criptografia não configurada (GRAVACOES_CRYPTO_KEYS)", null));

    assertThat(answer.getStatus()).isEqualTo(500);
    assertThat(((JsonObject) answer.getEntity()).getString("error"))
        .isEqualTo("Chave de criptografia não configurada (GRAVACOES_CRYPTO_KEYS)");
  }

  private static void assertRefused(Runnable call, String message) {
    assertThatThrownBy(call::run).isInstanceOf(InvalidRequestException.class).hasMessage(message);
  }

  private static Throwable catchThrowable(Runnable call) {
    try {
      call.run();
      return null;
    } catch (RuntimeException failure) {
      return failure;
    }
  }

  private static JsonObject jsonOf(String text) {
    return JsonBodies.object(text);
  }
}
