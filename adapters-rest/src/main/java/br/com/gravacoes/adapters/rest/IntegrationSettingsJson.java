package br.com.gravacoes.adapters.rest;

import static br.com.gravacoes.adapters.rest.RestJson.JSON;

import br.com.gravacoes.application.port.in.ConnectionTestResult;
import br.com.gravacoes.application.port.in.HmsSettingsView;
import br.com.gravacoes.application.port.in.SupabaseSettingsView;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;

/**
 * The integration settings as the settings page reads them. Secrets only ever leave masked; {@code
 * problem} appears only when the saved settings cannot be shown.
 */
final class IntegrationSettingsJson {

  private IntegrationSettingsJson() {}

  static JsonObject of(HmsSettingsView view) {
    JsonObjectBuilder json = JSON.createObjectBuilder();
    text(json, "appAccessKey", view.appAccessKey());
    text(json, "appSecret", view.maskedAppSecret());
    text(json, "templateId", view.templateId());
    json.add("configured", view.configured());
    if (view.problem() != null) {
      json.add("problem", view.problem());
    }
    return json.build();
  }

  static JsonObject of(SupabaseSettingsView view) {
    JsonObjectBuilder json = JSON.createObjectBuilder();
    text(json, "url", view.url());
    text(json, "serviceKey", view.maskedServiceKey());
    json.add("configured", view.configured());
    if (view.problem() != null) {
      json.add("problem", view.problem());
    }
    return json.build();
  }

  /** {@code {"ok": true}} or {@code {"ok": false, "error": "<reason>"}}. */
  static JsonObject of(ConnectionTestResult result) {
    JsonObjectBuilder json = JSON.createObjectBuilder().add("ok", result.ok());
    if (!result.ok()) {
      json.add("error", result.error());
    }
    return json.build();
  }

  private static void text(JsonObjectBuilder json, String name, String value) {
    if (value == null) {
      json.addNull(name);
    } else {
      json.add(name, value);
    }
  }
}
