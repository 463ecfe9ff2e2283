/** The services that implement the use cases by orchestrating the outbound ports. */
package br.com.gravacoes.application.service;
