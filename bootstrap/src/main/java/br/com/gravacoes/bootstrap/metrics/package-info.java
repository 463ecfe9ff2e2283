/**
 * The application's metric ports implemented with MicroProfile Metrics; adapters register the
 * metrics of what they own themselves (100ms calls, mirror backlog, webhook events).
 */
package br.com.gravacoes.bootstrap.metrics;
