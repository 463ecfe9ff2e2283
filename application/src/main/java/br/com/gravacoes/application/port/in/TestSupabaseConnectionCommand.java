package br.com.gravacoes.application.port.in;

import java.net.URI;
import java.util.Objects;
import java.util.Optional;

/**
 * Tests a Supabase project: the given URL and key, or the saved ones for what is left out (null).
 * The key never appears in {@link #toString()}.
 *
 * @throws InvalidSettingsException a given field is too long or not a project URL
 */
public record TestSupabaseConnectionCommand(Actor actor, String url, String serviceKey) {

  public TestSupabaseConnectionCommand {
    Objects.requireNonNull(actor, "actor");
    URI projectUrl = SettingsFields.projectUrl(url);
    url = projectUrl == null ? null : projectUrl.toString();
    serviceKey = SettingsFields.serviceKey(serviceKey);
  }

  /** Tests the saved project as it is. */
  public static TestSupabaseConnectionCommand saved(Actor actor) {
    return new TestSupabaseConnectionCommand(actor, null, null);
  }

  public Optional<URI> projectUrl() {
    return Optional.ofNullable(url).map(URI::create);
  }

  @Override
  public String toString() {
    return "TestSupabaseConnectionCommand[tenant="
        + actor.tenant()
        + ", url="
        + url
        + ", serviceKey="
        + (serviceKey == null ? "(salva)" : "****")
        + "]";
  }
}
