package br.com.gravacoes.adapters.hms;

import br.com.gravacoes.application.port.out.SessionProviderException;
import br.com.gravacoes.application.port.out.SessionProviderRejectedException;
import br.com.gravacoes.application.port.out.SessionProviderTimeoutException;
import br.com.gravacoes.application.port.out.SessionProviderUnavailableException;
import java.net.SocketTimeoutException;
import java.net.http.HttpTimeoutException;

/** Words a 100ms failure for a person, and says whether waiting could help. */
final class HmsFailures {

  private HmsFailures() {}

  static SessionProviderException fromStatus(int status, String message) {
    String detail = message == null || message.isBlank() ? "" : ": " + message;
    if (status >= 500 || status == 429) {
      return new SessionProviderUnavailableException("O 100ms respondeu " + status + detail, null);
    }
    return switch (status) {
      case 401 ->
          new SessionProviderRejectedException(
              status, "O 100ms recusou as credenciais do tenant (401" + detail + ")");
      case 403 ->
          new SessionProviderRejectedException(
              status, "O 100ms negou acesso à sala (403" + detail + ")");
      default ->
          new SessionProviderRejectedException(
              status, "O 100ms recusou a requisição (" + status + detail + ")");
    };
  }

  static SessionProviderException fromTransport(Throwable failure) {
    if (isTimeout(failure)) {
      return new SessionProviderTimeoutException("O 100ms não respondeu a tempo", failure);
    }
    return new SessionProviderUnavailableException("Não foi possível conectar ao 100ms", failure);
  }

  private static boolean isTimeout(Throwable failure) {
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      if (cause instanceof SocketTimeoutException || cause instanceof HttpTimeoutException) {
        return true;
      }
    }
    return false;
  }
}
