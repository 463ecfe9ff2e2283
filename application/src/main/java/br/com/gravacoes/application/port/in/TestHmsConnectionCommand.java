package br.com.gravacoes.application.port.in;

import java.util.Objects;

/**
 * Tests 100ms credentials: the given ones, or the saved ones for what is left out (null). The
 * secret never appears in {@link #toString()}.
 *
 * @throws InvalidSettingsException a given field is too long or cannot be a 100ms credential
 */
public record TestHmsConnectionCommand(Actor actor, String appAccessKey, String appSecret) {

  public TestHmsConnectionCommand {
    Objects.requireNonNull(actor, "actor");
    appAccessKey = SettingsFields.accessKey(appAccessKey);
    appSecret = SettingsFields.appSecret(appSecret);
  }

  /** Tests the saved credentials as they are. */
  public static TestHmsConnectionCommand saved(Actor actor) {
    return new TestHmsConnectionCommand(actor, null, null);
  }

  @Override
  public String toString() {
    return "TestHmsConnectionCommand[tenant="
        + actor.tenant()
        + ", appAccessKey="
        + appAccessKey
        + ", appSecret="
        + (appSecret == null ? "(salvo)" : "****")
        + "]";
  }
}
