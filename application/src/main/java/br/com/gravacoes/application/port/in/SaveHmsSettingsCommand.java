package br.com.gravacoes.application.port.in;

import java.util.Objects;

/**
 * Saves the tenant's 100ms credentials. {@code appSecret} is null when the form left it blank or
 * sent back its mask: the saved secret is kept. The secret never appears in {@link #toString()}.
 *
 * @throws InvalidSettingsException a field is missing, too long, or cannot be a 100ms credential
 */
public record SaveHmsSettingsCommand(
    Actor actor, String appAccessKey, String appSecret, String templateId) {

  public SaveHmsSettingsCommand {
    Objects.requireNonNull(actor, "actor");
    appAccessKey = SettingsFields.required(SettingsFields.accessKey(appAccessKey), "appAccessKey");
    appSecret = SettingsFields.appSecret(appSecret);
    templateId = SettingsFields.templateId(templateId);
  }

  @Override
  public String toString() {
    return "SaveHmsSettingsCommand[tenant="
        + actor.tenant()
        + ", appAccessKey="
        + appAccessKey
        + ", appSecret="
        + (appSecret == null ? "(mantido)" : "****")
        + ", templateId="
        + templateId
        + "]";
  }
}
