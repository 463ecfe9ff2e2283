package br.com.gravacoes.launcher;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;

/** Checks, before anything starts, that the ports the Run command needs are free. */
final class FreePorts {

  private FreePorts() {}

  /** Throws with a message a person can act on when another process holds the port. */
  static void require(int port, String whatFor, String variable) {
    try (ServerSocket probe = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
      probe.setReuseAddress(true);
    } catch (IOException busy) {
      throw new IllegalStateException(
          "A porta "
              + port
              + " ("
              + whatFor
              + ") já está em uso. Encerre o outro processo ou escolha outra porta com "
              + variable
              + ".");
    }
  }
}
