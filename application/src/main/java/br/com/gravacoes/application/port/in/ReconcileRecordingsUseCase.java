package br.com.gravacoes.application.port.in;

/**
 * Asks 100ms about the recordings that are due (processing ones, and active ones 100ms may have
 * stopped by itself) and moves them on; retries events that matched nothing. Safe to run on several
 * instances at once.
 */
public interface ReconcileRecordingsUseCase {

  ReconcileReport reconcileDue();
}
