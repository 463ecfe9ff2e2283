package br.com.gravacoes.application.port.in;

/** Shows the tenant's Supabase project, the service key masked. */
public interface GetSupabaseSettingsUseCase {

  SupabaseSettingsView supabaseSettings(Actor actor);
}
