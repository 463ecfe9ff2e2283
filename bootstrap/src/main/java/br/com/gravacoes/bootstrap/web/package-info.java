/**
 * The web interface served by the WAR: the HTML pages (sign-in, meetings, a meeting's recording
 * toggle, the recordings library) and the browser security headers of the pages and static assets.
 */
package br.com.gravacoes.bootstrap.web;
