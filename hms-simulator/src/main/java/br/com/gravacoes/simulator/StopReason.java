package br.com.gravacoes.simulator;

/** Why a recording stopped, in the words 100ms puts in {@code beam.stopped.success}. */
enum StopReason {
  CLIENT_REQUEST("client request"),
  LAST_PEER_LEFT("last peer left");

  private final String text;

  StopReason(String text) {
    this.text = text;
  }

  String text() {
    return text;
  }
}
