/** Inbound ports: one use case per operation, each taking a self-validating command. */
package br.com.gravacoes.application.port.in;
