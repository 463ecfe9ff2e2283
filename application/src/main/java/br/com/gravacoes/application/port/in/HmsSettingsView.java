package br.com.gravacoes.application.port.in;

import br.com.gravacoes.domain.tenant.HmsCredentials;

/**
 * The tenant's 100ms settings as the settings page shows them: the app secret masked, never whole.
 *
 * @param configured the tenant has saved credentials
 * @param problem why the saved credentials cannot be shown (a secret that cannot be opened), or
 *     null
 */
public record HmsSettingsView(
    boolean configured,
    String appAccessKey,
    String maskedAppSecret,
    String templateId,
    String problem) {

  public static HmsSettingsView notConfigured() {
    return new HmsSettingsView(false, null, null, null, null);
  }

  public static HmsSettingsView of(HmsCredentials credentials) {
    return new HmsSettingsView(
        true,
        credentials.appAccessKey(),
        SecretMask.mask(credentials.appSecret()),
        credentials.templateId(),
        null);
  }

  /** Saved, but unreadable: the page says why and asks for the credentials again. */
  public static HmsSettingsView unreadable(String problem) {
    return new HmsSettingsView(true, null, null, null, problem);
  }
}
