package br.com.gravacoes.adapters.supabase;

import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.time.Duration;
import java.time.Instant;

/**
 * Logs the workers' failures (the database down, say) without flooding the log: the first failure
 * of a streak, then at most one a minute, and the recovery.
 */
final class FailureLog {

  private static final Duration QUIET = Duration.ofMinutes(1);

  private final Logger log;
  private Instant lastLogged;
  private boolean failing;

  FailureLog(Logger log) {
    this.log = log;
  }

  synchronized void failed(Throwable failure) {
    Instant now = Instant.now();
    if (!failing || lastLogged.plus(QUIET).isBefore(now)) {
      log.log(Level.WARNING, "[Recording Sync] Erro inesperado: " + failure, failure);
      lastLogged = now;
    }
    failing = true;
  }

  synchronized void recovered() {
    if (failing) {
      log.log(Level.INFO, "[Recording Sync] Entrega do espelho retomada");
      failing = false;
    }
  }
}
