package br.com.gravacoes.application.port.in;

/** What one reconciler pass did: recordings checked and changed, pending events retried. */
public record ReconcileReport(int checked, int changed, int eventsRetried) {}
