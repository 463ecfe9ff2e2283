/**
 * The PostgreSQL adapter: a translation layer between our model and the seed's tables ({@code
 * reunioes}, {@code gravacoes}, {@code credenciais_100ms}), plus our own {@code eventos_100ms} and
 * {@code reconciliacao_gravacoes}. Flyway owns the schema; JPA entities and native SQL stay inside
 * this package, and only domain and application types cross the ports.
 */
package br.com.gravacoes.adapters.persistence;
