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
import java.sql.SQLException;
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

  @Test
  void aDatabaseOutOfReachIsA503ToTryAgain_notAnUnexpected500() {
    RuntimeException refused =
        new RuntimeException(
            "EclipseLink-4002",
            new SQLException(
                "Error in allocating a connection",
                new SQLException("Connection to 127.0.0.1:5432 refused.", "08001")));
    JsonObject body =
        assertAnswer(refused, 503, "Banco de dados indisponível; tente novamente em instantes");
    assertThat(body.toString()).doesNotContain("127.0.0.1");
    assertThat(mapper.toResponse(refused).getHeaderString("Retry-After")).isEqualTo("5");
    assertAnswer(
        new IllegalStateException(
            new SQLException(
                "FATAL: terminating connection due to administrator command", "57P01")),
        503,
        "Banco de dados indisponível; tente novamente em instantes");
  }

  @Test
  void otherDatabaseErrorsStayUnexpected() {
    assertAnswer(
        new IllegalStateException(new SQLException("duplicate key value", "23505")),
        500,
        "Erro interno do servidor");
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
