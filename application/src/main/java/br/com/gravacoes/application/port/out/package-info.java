/**
 * Outbound ports, named for what the use cases need rather than for the vendor behind them, and the
 * failures those needs can report.
 */
package br.com.gravacoes.application.port.out;
