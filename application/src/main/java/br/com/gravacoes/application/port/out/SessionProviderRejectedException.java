package br.com.gravacoes.application.port.out;

/** The provider refused the request (bad credentials, no permission, bad request): do not retry. */
public class SessionProviderRejectedException extends SessionProviderException {

  private final int status;

  public SessionProviderRejectedException(int status, String message) {
    super(message, null);
    this.status = status;
  }

  /** The HTTP status the provider answered. */
  public int status() {
    return status;
  }
}
