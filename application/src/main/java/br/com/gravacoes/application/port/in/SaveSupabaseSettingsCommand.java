package br.com.gravacoes.application.port.in;

import java.net.URI;
import java.util.Objects;

/**
 * Saves the tenant's Supabase project. {@code serviceKey} is null when the form left it blank or
 * sent back its mask: the saved key is kept, but only for the URL it was saved with. The key never
 * appears in {@link #toString()}.
 *
 * @throws InvalidSettingsException the URL is missing or not a project URL, or a field is too long
 */
public record SaveSupabaseSettingsCommand(Actor actor, String url, String serviceKey) {

  public SaveSupabaseSettingsCommand {
    Objects.requireNonNull(actor, "actor");
    url = SettingsFields.required(SettingsFields.projectUrl(url), "url").toString();
    serviceKey = SettingsFields.serviceKey(serviceKey);
  }

  public URI projectUrl() {
    return URI.create(url);
  }

  @Override
  public String toString() {
    return "SaveSupabaseSettingsCommand[tenant="
        + actor.tenant()
        + ", url="
        + url
        + ", serviceKey="
        + (serviceKey == null ? "(mantida)" : "****")
        + "]";
  }
}
