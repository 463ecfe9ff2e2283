package br.com.gravacoes.application.port.in;

/**
 * Saves the tenant's 100ms credentials ("Configurações > Integrações > 100ms") and audits the
 * change.
 */
public interface SaveHmsSettingsUseCase {

  /**
   * @return the settings as saved, the secret masked
   * @throws InvalidSettingsException the settings cannot be saved as given (the message says why)
   */
  HmsSettingsView save(SaveHmsSettingsCommand command);
}
