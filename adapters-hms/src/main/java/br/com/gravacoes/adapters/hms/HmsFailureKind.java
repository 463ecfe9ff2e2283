package br.com.gravacoes.adapters.hms;

import br.com.gravacoes.application.port.out.SessionProviderException;
import br.com.gravacoes.application.port.out.SessionProviderTimeoutException;
import br.com.gravacoes.application.port.out.SessionProviderUnavailableException;
import java.util.Locale;

/** The kind of a failed 100ms call, as the errors metric labels it. */
enum HmsFailureKind {
  /** 100ms did not answer in time: the call may still have happened there. */
  TIMEOUT,
  /** 100ms could not be reached, answered 5xx/429, or the circuit breaker is open. */
  UNAVAILABLE,
  /** 100ms answered and refused (4xx), including "beam already started" and "beam not found". */
  REJECTED;

  static HmsFailureKind of(SessionProviderException failure) {
    if (failure instanceof SessionProviderTimeoutException) {
      return TIMEOUT;
    }
    if (failure instanceof SessionProviderUnavailableException) {
      return UNAVAILABLE;
    }
    return REJECTED;
  }

  String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
