/** Meetings (the seed's {@code reunioes}) and the 100ms rooms they are held in. */
package br.com.gravacoes.domain.meeting;
