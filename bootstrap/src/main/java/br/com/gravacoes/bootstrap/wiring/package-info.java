/**
 * CDI producers that build the plain-Java application services from the adapters: the one place
 * where use cases meet their implementations.
 */
package br.com.gravacoes.bootstrap.wiring;
