/**
 * The deployable WAR: wires the use cases to the adapters (the only module that sees them all),
 * defines the data source and the JAX-RS application, and runs the demo mode (the built-in 100ms
 * simulator and a demo tenant) when asked to.
 */
package br.com.gravacoes.bootstrap;
