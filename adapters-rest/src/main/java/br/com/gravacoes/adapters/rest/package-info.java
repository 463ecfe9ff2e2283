/**
 * The HTTP adapter: the JAX-RS resources that speak the seed's contract ({@code POST
 * /api/100ms/recording/start|stop} with {@code {roomId}}, its response fields and its Portuguese
 * error texts), translated to and from the use cases. Every error leaves as JSON; none leaves as a
 * stack trace.
 */
package br.com.gravacoes.adapters.rest;
