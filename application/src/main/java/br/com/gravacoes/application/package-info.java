/**
 * What gravacoes does, independent of HTTP, 100ms's JSON, JPA or Supabase: use cases (inbound
 * ports, {@code port.in}), the outbound ports they need ({@code port.out}), and the services that
 * implement the use cases ({@code service}). Plain Java: the services are created and wired by the
 * bootstrap module, and this module speaks only domain types.
 */
package br.com.gravacoes.application;
