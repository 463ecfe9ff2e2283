/**
 * The heart of gravacoes: recordings of 100ms meetings and the rules of their lifecycle. Plain Java
 * 17, no framework, no JSON, no persistence: every other module depends on this one, never the
 * reverse.
 */
package br.com.gravacoes.domain;
