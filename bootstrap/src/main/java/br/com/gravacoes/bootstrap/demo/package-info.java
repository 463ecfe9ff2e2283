/** The demo mode of the Run command: the built-in 100ms simulator and a demo tenant and meeting. */
package br.com.gravacoes.bootstrap.demo;
