/**
 * MicroProfile Health checks that belong to the WAR as a whole; the database and migration checks
 * live in adapters-persistence, next to the resource they probe.
 */
package br.com.gravacoes.bootstrap.health;
