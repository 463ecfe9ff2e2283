package br.com.gravacoes.domain.tenant;

import java.util.Objects;

/**
 * A tenant's 100ms workspace credentials: the app access key and secret that sign management
 * tokens, and the template its rooms use. The secret never appears in {@link #toString()}.
 */
public record HmsCredentials(String appAccessKey, String appSecret, String templateId) {

  public HmsCredentials {
    requireText(appAccessKey, "app access key");
    requireText(appSecret, "app secret");
  }

  private static void requireText(String value, String name) {
    Objects.requireNonNull(value, name);
    if (value.isBlank()) {
      throw new IllegalArgumentException(name + " must not be blank");
    }
  }

  @Override
  public String toString() {
    return "HmsCredentials[appAccessKey="
        + appAccessKey
        + ", appSecret=****, templateId="
        + templateId
        + "]";
  }
}
