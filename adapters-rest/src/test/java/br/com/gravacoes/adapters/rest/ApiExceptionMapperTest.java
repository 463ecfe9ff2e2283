package br.com.gravacoes.adapters.rest;

import static org.assertj.core.api.Assertions.assertThat;

import br.com.gravacoes.application.port.in.HmsCredentialsMissingException;
import br.com.gravacoes.application.port.in.MeetingNotFoundException;
import br.com.gravacoes.application.port.in.NoActiveRecordingException;
import br.com.gravacoes.application.port.in.RecordingAlreadyActiveException;
import br.com.gravacoes.application.port.in.RecordingStartFailedException;
import br.com.gravacoes.application.port.in.RecordingStillStartingException;
import br.com.gravacoes.application.port.in.RecordingStopFailedException;
import br.com.gravacoes.domain.meeting.RoomId;
import br.com.gravacoes.domain.tenant.TenantId;
import jakarta.json.JsonObject;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.core.Response;
import org.junit.jupiter.api.Test;

class ApiExceptionMapperTest {

  private final ApiExceptionMapper mapper = new ApiExceptionMapper();
  private final RoomId room = new RoomId("room_abc123");

  @Test
  void theSeedsErrorsKeepTheirStatusAndText() {
    assertAnswer(new InvalidRequestException("roomId é obrigatório"), 400, "roomId é obrigatório");
    assertAnswer(new MeetingNotFoundException(room), 404, "Reunião não encontrada");
    assertAnswer(
        new HmsCredentialsMissingException(new TenantId("t")),
        400,
        "Credenciais do 100ms não configuradas");
  }

  @Test
  void doubleStartsAndStopsWithoutRecordingAreConflicts() {
    assertAnswer(
        new RecordingAlreadyActiveException(null),
        409,
        "Já existe uma gravação em andamento nesta reunião");
    assertAnswer(
        new NoActiveRecordingException(room), 409, "Nenhuma gravação em andamento nesta reunião");
    assertAnswer(
        new RecordingStillStartingException(),
        409,
        "A gravação ainda está sendo iniciada; tente parar novamente em instantes");
  }

  @Test
  void providerFailuresAreBadGatewaysWithTheReason() {
    JsonObject start =
        assertAnswer(
            new RecordingStartFailedException("O 100ms respondeu 503", null),
            502,
            "Erro ao iniciar gravação");
    assertThat(start.getString("message")).isEqualTo("O 100ms respondeu 503");
    JsonObject stop =
        assertAnswer(
            new RecordingStopFailedException("O 100ms não respondeu a tempo", null),
            502,
            "Erro ao parar gravação");
    assertThat(stop.getString("message")).isEqualTo("O 100ms não respondeu a tempo");
  }

  @Test
  void httpMistakesAreAnsweredInPortuguese() {
    assertAnswer(new NotAllowedException("POST"), 405, "Método não permitido para este recurso");
    assertAnswer(new NotSupportedException(), 415, "Envie o corpo como application/json");
  }

  @Test
  void theUnexpectedIsA500WithoutDetails() {
    JsonObject body =
        assertAnswer(
            new IllegalStateException("secret detail at line 42"), 500, "Erro interno do servidor");
    assertThat(body.toString())
        .doesNotContain("secret detail")
        .doesNotContain("IllegalStateException");
  }

  private JsonObject assertAnswer(Throwable failure, int status, String error) {
    Response response = mapper.toResponse(failure);
    assertThat(response.getStatus()).isEqualTo(status);
    assertThat(response.getMediaType().toString()).isEqualTo("application/json");
    JsonObject body = (JsonObject) response.getEntity();
    assertThat(body.getString("error")).isEqualTo(error);
    return body;
  }
}
