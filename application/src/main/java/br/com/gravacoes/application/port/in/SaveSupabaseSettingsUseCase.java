package br.com.gravacoes.application.port.in;

/**
 * Saves the tenant's Supabase project (where its recordings are mirrored) and audits the change.
 */
public interface SaveSupabaseSettingsUseCase {

  /**
   * @return the settings as saved, the key masked
   * @throws InvalidSettingsException the settings cannot be saved as given (the message says why)
   */
  SupabaseSettingsView save(SaveSupabaseSettingsCommand command);
}
