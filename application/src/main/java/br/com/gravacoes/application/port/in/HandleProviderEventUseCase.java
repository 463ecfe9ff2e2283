package br.com.gravacoes.application.port.in;

/**
 * Applies an event 100ms pushed about a recording: idempotent by event id, never moving a recording
 * backwards, and keeping events that match no recording yet.
 */
public interface HandleProviderEventUseCase {

  EventOutcome handle(ProviderEvent event);
}
