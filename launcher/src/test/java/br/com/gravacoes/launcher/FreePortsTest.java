package br.com.gravacoes.launcher;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.net.ServerSocket;
import org.junit.jupiter.api.Test;

class FreePortsTest {

  @Test
  void aPortHeldByAnotherProcessIsExplainedWithTheVariableToChangeIt() throws Exception {
    try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      assertThatThrownBy(
              () ->
                  FreePorts.require(taken.getLocalPort(), "HTTP do serviço", "GRAVACOES_HTTP_PORT"))
          .hasMessageContaining("já está em uso")
          .hasMessageContaining("GRAVACOES_HTTP_PORT");
    }
  }

  @Test
  void aFreePortPasses() throws Exception {
    int port;
    try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      port = probe.getLocalPort();
    }
    assertThatCode(() -> FreePorts.require(port, "x", "Y")).doesNotThrowAnyException();
  }
}
