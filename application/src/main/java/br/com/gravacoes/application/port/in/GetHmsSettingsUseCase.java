package br.com.gravacoes.application.port.in;

/** Shows the tenant's 100ms credentials, the secret masked. */
public interface GetHmsSettingsUseCase {

  HmsSettingsView hmsSettings(Actor actor);
}
