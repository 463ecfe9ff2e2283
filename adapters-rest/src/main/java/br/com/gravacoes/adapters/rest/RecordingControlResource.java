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

/** The recording toggle of the seed: start and stop the recording of the meeting in a room. */
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
