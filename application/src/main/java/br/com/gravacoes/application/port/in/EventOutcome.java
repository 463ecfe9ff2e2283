package br.com.gravacoes.application.port.in;

/** What handling a 100ms event did. */
public enum EventOutcome {
  /** The recording moved (or learnt the facts the event carries). */
  APPLIED,
  /** The event was already handled: nothing changed. */
  DUPLICATE,
  /** The event is late or irrelevant (it would move the recording backwards): nothing changed. */
  IGNORED,
  /** No local recording matches yet: the event is kept and retried by the reconciler. */
  UNMATCHED
}
