package br.com.gravacoes.adapters.rest.auth;

import br.com.gravacoes.application.port.in.Actor;
import jakarta.enterprise.context.RequestScoped;
import java.time.Instant;

/**
 * The administrator behind the current request, set by the authentication filter once the token
 * checked out. Resources read it to act within the caller's tenant only.
 */
@RequestScoped
public class CurrentCaller {

  private Actor actor;
  private Instant expiresAt;

  /** The authenticated caller; only ever absent on the endpoints the filter leaves public. */
  public Actor actor() {
    if (actor == null) {
      throw new IllegalStateException("no authenticated caller on this request");
    }
    return actor;
  }

  /** When the caller's token stops being valid: a long-lived answer (an event stream) ends then. */
  public Instant expiresAt() {
    if (expiresAt == null) {
      throw new IllegalStateException("no authenticated caller on this request");
    }
    return expiresAt;
  }

  void authenticated(Actor caller, Instant tokenExpiresAt) {
    this.actor = caller;
    this.expiresAt = tokenExpiresAt;
  }
}
