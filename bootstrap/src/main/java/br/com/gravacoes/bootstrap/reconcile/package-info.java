/** The reconciler's schedule and configuration: recordings reach a final state on their own. */
package br.com.gravacoes.bootstrap.reconcile;
