package br.com.gravacoes.adapters.rest;

import static br.com.gravacoes.adapters.rest.RestJson.JSON;

import br.com.gravacoes.adapters.rest.auth.CurrentCaller;
import br.com.gravacoes.application.port.in.StartRecordingCommand;
import br.com.gravacoes.application.port.in.StartRecordingUseCase;
import br.com.gravacoes.application.port.in.StartedRecording;
import br.com.gravacoes.application.port.in.StopRecordingCommand;
import br.com.gravacoes.application.port.in.StopRecordingUseCase;
import br.com.gravacoes.application.port.in.StoppedRecording;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The recording toggle of the seed: start and stop the recording of the meeting in a room. */
@Tag(name = "Gravação", description = "Liga e desliga a gravação de uma reunião (o botão)")
@Path("/100ms/recording")
@ApplicationScoped
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class RecordingControlResource {

  private StartRecordingUseCase startRecording;
  private StopRecordingUseCase stopRecording;
  private CurrentCaller caller;

  /** For the CDI proxy only. */
  protected RecordingControlResource() {}

  @Inject
  public RecordingControlResource(
      StartRecordingUseCase startRecording,
      StopRecordingUseCase stopRecording,
      CurrentCaller caller) {
    this.startRecording = startRecording;
    this.stopRecording = stopRecording;
    this.caller = caller;
  }

  @POST
  @Path("/start")
  @Operation(
      summary = "Inicia a gravação de uma reunião",
      description =
          "Pede ao 100ms uma gravação SFU da sala e guarda a gravação como 'recording'. Responde"
              + " no formato do seed: success, recording, recordingId e hmsResult.")
  @APIResponse(responseCode = "200", description = "Gravação iniciada")
  @APIResponse(
      responseCode = "400",
      description = "roomId ausente/inválido ou tenant sem credenciais 100ms")
  @APIResponse(responseCode = "401", description = "Não autenticado")
  @APIResponse(responseCode = "403", description = "Acesso restrito a administradores")
  @APIResponse(responseCode = "404", description = "Reunião não encontrada")
  @APIResponse(
      responseCode = "409",
      description = "Já existe uma gravação em andamento nesta reunião")
  @APIResponse(responseCode = "502", description = "O 100ms falhou, demorou ou recusou")
  @APIResponse(responseCode = "503", description = "Banco de dados indisponível")
  @RequestBody(
      required = true,
      content =
          @Content(
              mediaType = "application/json",
              examples = @ExampleObject(name = "sala", value = "{\"roomId\": \"sala-demo\"}")))
  public JsonObject start(String body) {
    StartedRecording started =
        startRecording.start(new StartRecordingCommand(RoomIdRequest.parse(body), caller.actor()));
    return JSON.createObjectBuilder()
        .add("success", true)
        .add("recording", RecordingJson.of(started.recording()))
        .add("recordingId", started.sessionRecording().id())
        .add("hmsResult", RecordingJson.ofSession(started.sessionRecording()))
        .build();
  }

  @POST
  @Path("/stop")
  @Operation(
      summary = "Para a gravação de uma reunião",
      description =
          "Para a gravação ativa da sala no 100ms e pergunta uma vez pelo vídeo: status"
              + " 'completed' se já existe, 'failed' se o 100ms diz que falhou, senão 'processing'.")
  @APIResponse(responseCode = "200", description = "Gravação parada")
  @APIResponse(responseCode = "400", description = "roomId ausente/inválido")
  @APIResponse(responseCode = "401", description = "Não autenticado")
  @APIResponse(responseCode = "404", description = "Reunião não encontrada")
  @APIResponse(
      responseCode = "409",
      description = "Nenhuma gravação em andamento, ou o início ainda não foi confirmado")
  @APIResponse(responseCode = "502", description = "O 100ms falhou, demorou ou recusou")
  @RequestBody(
      required = true,
      content =
          @Content(
              mediaType = "application/json",
              examples = @ExampleObject(name = "sala", value = "{\"roomId\": \"sala-demo\"}")))
  public JsonObject stop(String body) {
    StoppedRecording stopped =
        stopRecording.stop(new StopRecordingCommand(RoomIdRequest.parse(body), caller.actor()));
    return JSON.createObjectBuilder()
        .add("success", true)
        .add("status", stopped.recording().status().code())
        .add("recording", RecordingJson.of(stopped.recording()))
        .add("hmsResult", RecordingJson.ofStopped(stopped.stoppedAtProvider()))
        .build();
  }
}
