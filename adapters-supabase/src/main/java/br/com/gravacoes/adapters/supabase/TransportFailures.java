package br.com.gravacoes.adapters.supabase;

import br.com.gravacoes.application.port.out.MirrorUnavailableException;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketException;
import java.net.UnknownHostException;
import javax.net.ssl.SSLException;

/**
 * Describes a request that never got an answer, for logs and the sync status: only the kind of
 * network failure, never the client's own message (which may quote a header, and so the key).
 */
final class TransportFailures {

  private TransportFailures() {}

  static MirrorUnavailableException unavailable(Throwable failure) {
    Throwable root = rootOf(failure);
    String what;
    boolean outcomeUnknown;
    if (root instanceof ConnectException || root instanceof NoRouteToHostException) {
      what = "conexão recusada";
      outcomeUnknown = false;
    } else if (root instanceof UnknownHostException) {
      what = "host desconhecido";
      outcomeUnknown = false;
    } else if (root instanceof InterruptedIOException) {
      // After a read timeout the rows were sent and may still be written; not so before connecting.
      boolean connecting = String.valueOf(root.getMessage()).toLowerCase().contains("connect");
      what = connecting ? "tempo esgotado ao conectar" : "tempo esgotado";
      outcomeUnknown = !connecting;
    } else if (root instanceof SSLException) {
      what = "falha de TLS";
      outcomeUnknown = false;
    } else if (root instanceof SocketException) {
      what = "conexão interrompida";
      outcomeUnknown = true;
    } else {
      what = root.getClass().getSimpleName();
      outcomeUnknown = true;
    }
    return new MirrorUnavailableException(
        "Supabase inacessível (" + what + ")", null, outcomeUnknown);
  }

  private static Throwable rootOf(Throwable failure) {
    Throwable root = failure;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    return root;
  }
}
