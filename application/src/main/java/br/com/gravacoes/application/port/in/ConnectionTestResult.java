package br.com.gravacoes.application.port.in;

import java.util.Objects;

/**
 * What "Testar Conexão" found: the integration works, or the one reason it does not, in Portuguese
 * for the administrator (never quoting a secret).
 */
public record ConnectionTestResult(boolean ok, String error) {

  public ConnectionTestResult {
    if (ok != (error == null)) {
      throw new IllegalArgumentException("a failed test has a reason, a passed one has none");
    }
  }

  public static ConnectionTestResult passed() {
    return new ConnectionTestResult(true, null);
  }

  public static ConnectionTestResult failed(String reason) {
    return new ConnectionTestResult(false, Objects.requireNonNull(reason, "reason"));
  }
}
