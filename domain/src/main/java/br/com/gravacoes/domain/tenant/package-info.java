/** Tenants (companies) and the 100ms credentials each one configures. */
package br.com.gravacoes.domain.tenant;
