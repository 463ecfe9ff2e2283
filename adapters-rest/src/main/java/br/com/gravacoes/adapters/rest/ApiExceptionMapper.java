package br.com.gravacoes.adapters.rest;

import static br.com.gravacoes.adapters.rest.RestJson.JSON;

import br.com.gravacoes.application.port.in.HmsCredentialsMissingException;
import br.com.gravacoes.application.port.in.InvalidSettingsException;
import br.com.gravacoes.application.port.in.MeetingNotFoundException;
import br.com.gravacoes.application.port.in.NoActiveRecordingException;
import br.com.gravacoes.application.port.in.PlaybackFailedException;
import br.com.gravacoes.application.port.in.RecordingAlreadyActiveException;
import br.com.gravacoes.application.port.in.RecordingNotFoundException;
import br.com.gravacoes.application.port.in.RecordingNotPlayableException;
import br.com.gravacoes.application.port.in.RecordingStartFailedException;
import br.com.gravacoes.application.port.in.RecordingStillStartingException;
import br.com.gravacoes.application.port.in.RecordingStopFailedException;
import br.com.gravacoes.application.port.in.RefreshFailedException;
import br.com.gravacoes.application.port.out.StoredSecretException;
import br.com.gravacoes.domain.recording.RecordingStatus;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;

/**
 * The one place where a failure becomes an HTTP answer: the seed's status codes and Portuguese
 * texts for the use cases' refusals, a Portuguese JSON error for HTTP-level mistakes, and a bare
 * 500 without any detail for the unexpected (whose stack trace goes to the log only).
 */
@Provider
public class ApiExceptionMapper implements ExceptionMapper<Throwable> {

  private static final Logger LOG = System.getLogger("gravacoes.http");

  @Override
  public Response toResponse(Throwable failure) {
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      if (cause instanceof BodyTooLargeException) {
        return BodySizeLimitFilter.tooLarge();
      }
    }
    if (failure instanceof InvalidRequestException || failure instanceof InvalidSettingsException) {
      return answer(400, error(failure.getMessage()));
    }
    if (failure instanceof StoredSecretException) {
      // The server's key configuration, not the request: its text says what to fix, never a secret.
      LOG.log(Level.ERROR, "[Integrações] " + failure.getMessage());
      return answer(500, error(failure.getMessage()));
    }
    if (failure instanceof MeetingNotFoundException) {
      return answer(404, error("Reunião não encontrada"));
    }
    if (failure instanceof HmsCredentialsMissingException) {
      return answer(400, error("Credenciais do 100ms não configuradas"));
    }
    if (failure instanceof RecordingAlreadyActiveException active) {
      JsonObjectBuilder body = error("Já existe uma gravação em andamento nesta reunião");
      active.current().ifPresent(current -> body.add("recording", RecordingJson.of(current)));
      return answer(409, body);
    }
    if (failure instanceof RecordingStillStartingException) {
      return answer(
          409, error("A gravação ainda está sendo iniciada; tente parar novamente em instantes"));
    }
    if (failure instanceof NoActiveRecordingException) {
      return answer(409, error("Nenhuma gravação em andamento nesta reunião"));
    }
    if (failure instanceof RecordingStartFailedException) {
      return answer(502, error("Erro ao iniciar gravação").add("message", failure.getMessage()));
    }
    if (failure instanceof RecordingStopFailedException) {
      return answer(502, error("Erro ao parar gravação").add("message", failure.getMessage()));
    }
    if (failure instanceof RecordingNotFoundException) {
      return answer(404, error("Gravação não encontrada"));
    }
    if (failure instanceof RecordingNotPlayableException notPlayable) {
      return answer(
          409,
          error(
              notPlayable.status() == RecordingStatus.FAILED
                  ? "A gravação falhou e não tem vídeo"
                  : "A gravação ainda não está pronta para assistir"));
    }
    if (failure instanceof PlaybackFailedException) {
      return answer(502, error("Erro ao obter o vídeo").add("message", failure.getMessage()));
    }
    if (failure instanceof RefreshFailedException) {
      return answer(502, error("Erro ao atualizar gravação").add("message", failure.getMessage()));
    }
    if (failure instanceof WebApplicationException web && web.getResponse().getStatus() < 500) {
      int status = web.getResponse().getStatus();
      return answer(status, error(HttpErrorTexts.forStatus(status)));
    }
    if (DatabaseOutage.causedBy(failure)) {
      // Passing (a restart, a failover): the client may simply try again; no stack trace needed.
      LOG.log(Level.WARNING, "[Recording] Banco de dados indisponível: {0}", rootMessage(failure));
      return Response.fromResponse(
              answer(503, error("Banco de dados indisponível; tente novamente em instantes")))
          .header("Retry-After", "5")
          .build();
    }
    LOG.log(Level.ERROR, "[Recording] Erro inesperado", failure);
    return answer(500, error("Erro interno do servidor"));
  }

  private static JsonObjectBuilder error(String text) {
    return JSON.createObjectBuilder().add("error", text);
  }

  private static Response answer(int status, JsonObjectBuilder body) {
    return Response.status(status)
        .type(MediaType.APPLICATION_JSON_TYPE)
        .entity(body.build())
        .build();
  }

  private static String rootMessage(Throwable failure) {
    Throwable root = failure;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    return root.getMessage();
  }
}
