package br.com.gravacoes.adapters.rest;

import br.com.gravacoes.adapters.rest.auth.CurrentCaller;
import br.com.gravacoes.application.port.in.GetHmsSettingsUseCase;
import br.com.gravacoes.application.port.in.GetSupabaseSettingsUseCase;
import br.com.gravacoes.application.port.in.SaveHmsSettingsCommand;
import br.com.gravacoes.application.port.in.SaveHmsSettingsUseCase;
import br.com.gravacoes.application.port.in.SaveSupabaseSettingsCommand;
import br.com.gravacoes.application.port.in.SaveSupabaseSettingsUseCase;
import br.com.gravacoes.application.port.in.TestHmsConnectionCommand;
import br.com.gravacoes.application.port.in.TestHmsConnectionUseCase;
import br.com.gravacoes.application.port.in.TestSupabaseConnectionCommand;
import br.com.gravacoes.application.port.in.TestSupabaseConnectionUseCase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/**
 * "Configurações > Integrações" of the seed: the caller's tenant's 100ms credentials and Supabase
 * project (shown with the secret masked, saved, and tested with "Testar Conexão"). A save may leave
 * the secret out, or send back its mask, to keep the saved one. A test answers 200 with {@code
 * {"ok": ...}} whenever it could be made.
 */
@Path("/integracoes")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class IntegrationSettingsResource {

  static final List<String> HMS_FIELDS = List.of("appAccessKey", "appSecret", "templateId");
  static final List<String> SUPABASE_FIELDS = List.of("url", "serviceKey");

  private CurrentCaller caller;
  private GetHmsSettingsUseCase hmsSettings;
  private SaveHmsSettingsUseCase saveHms;
  private TestHmsConnectionUseCase testHms;
  private GetSupabaseSettingsUseCase supabaseSettings;
  private SaveSupabaseSettingsUseCase saveSupabase;
  private TestSupabaseConnectionUseCase testSupabase;

  /** For the CDI proxy only. */
  protected IntegrationSettingsResource() {}

  @Inject
  public IntegrationSettingsResource(
      CurrentCaller caller,
      GetHmsSettingsUseCase hmsSettings,
      SaveHmsSettingsUseCase saveHms,
      TestHmsConnectionUseCase testHms,
      GetSupabaseSettingsUseCase supabaseSettings,
      SaveSupabaseSettingsUseCase saveSupabase,
      TestSupabaseConnectionUseCase testSupabase) {
    this.caller = caller;
    this.hmsSettings = hmsSettings;
    this.saveHms = saveHms;
    this.testHms = testHms;
    this.supabaseSettings = supabaseSettings;
    this.saveSupabase = saveSupabase;
    this.testSupabase = testSupabase;
  }

  @GET
  @Path("/100ms")
  public JsonObject hms() {
    return IntegrationSettingsJson.of(hmsSettings.hmsSettings(caller.actor()));
  }

  @PUT
  @Path("/100ms")
  @Consumes(MediaType.APPLICATION_JSON)
  public JsonObject saveHms(String body) {
    SettingsForm form = SettingsForm.required(body, HMS_FIELDS);
    return IntegrationSettingsJson.of(
        saveHms.save(
            new SaveHmsSettingsCommand(
                caller.actor(),
                form.text("appAccessKey"),
                form.text("appSecret"),
                form.text("templateId"))));
  }

  /**
   * The body is optional: what it leaves out comes from the saved credentials. It may be the whole
   * form; {@code templateId} is not part of the test (no 100ms call proves a template here).
   */
  @POST
  @Path("/100ms/testar")
  public JsonObject testHms(String body) {
    SettingsForm form = SettingsForm.optional(body, HMS_FIELDS);
    return IntegrationSettingsJson.of(
        testHms.test(
            new TestHmsConnectionCommand(
                caller.actor(), form.text("appAccessKey"), form.text("appSecret"))));
  }

  @GET
  @Path("/supabase")
  public JsonObject supabase() {
    return IntegrationSettingsJson.of(supabaseSettings.supabaseSettings(caller.actor()));
  }

  @PUT
  @Path("/supabase")
  @Consumes(MediaType.APPLICATION_JSON)
  public JsonObject saveSupabase(String body) {
    SettingsForm form = SettingsForm.required(body, SUPABASE_FIELDS);
    return IntegrationSettingsJson.of(
        saveSupabase.save(
            new SaveSupabaseSettingsCommand(
                caller.actor(), form.text("url"), form.text("serviceKey"))));
  }

  /** The body is optional: what it leaves out comes from the saved project. */
  @POST
  @Path("/supabase/testar")
  public JsonObject testSupabase(String body) {
    SettingsForm form = SettingsForm.optional(body, SUPABASE_FIELDS);
    return IntegrationSettingsJson.of(
        testSupabase.test(
            new TestSupabaseConnectionCommand(
                caller.actor(), form.text("url"), form.text("serviceKey"))));
  }
}
