package br.com.gravacoes.application.port.in;

import br.com.gravacoes.domain.tenant.MirrorProject;

/**
 * The tenant's Supabase settings as the settings page shows them: the service key masked, never
 * whole.
 *
 * @param configured the tenant has saved a project
 * @param problem why the saved project cannot be shown (a row edited into something unusable, a key
 *     that cannot be opened), or null
 */
public record SupabaseSettingsView(
    boolean configured, String url, String maskedServiceKey, String problem) {

  public static SupabaseSettingsView notConfigured() {
    return new SupabaseSettingsView(false, null, null, null);
  }

  public static SupabaseSettingsView of(MirrorProject project) {
    return new SupabaseSettingsView(
        true, project.url().toString(), SecretMask.mask(project.serviceKey()), null);
  }

  /** Saved, but unusable or unreadable: the page says why and asks for the project again. */
  public static SupabaseSettingsView unreadable(String problem) {
    return new SupabaseSettingsView(true, null, null, problem);
  }
}
