/**
 * The Run command: one process that prepares what the service needs on a developer's machine (an
 * embedded PostgreSQL when no database is configured, the demo mode when no 100ms is configured)
 * and then runs the WAR on Payara Micro, exactly as production runs it.
 */
package br.com.gravacoes.launcher;
