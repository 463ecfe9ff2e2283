/**
 * The 100ms adapter: a translation layer between our model and 100ms's REST API v2. It signs
 * management tokens with each tenant's app secret, calls 100ms through a MicroProfile Rest Client,
 * and turns 100ms's JSON and errors into the application's {@code SessionRecording} and {@code
 * SessionProviderException}s. Nothing of 100ms's JSON leaves this package.
 */
package br.com.gravacoes.adapters.hms;
