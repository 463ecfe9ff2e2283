package br.com.gravacoes.application.service;

/** What one claim did so far: changes delivered, skipped and parked. */
final class MirrorTally {

  int delivered;
  int skipped;
  int parked;
}
