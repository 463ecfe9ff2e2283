/**
 * The test bed for the packaged product: the service started as production starts it (Payara Micro
 * with the WAR, configured through its environment), tenants set up in its database, and an HTTP
 * client for its recording endpoints. Used by the whole-process tests and by the load benchmark.
 */
package br.com.gravacoes.systemtests;
