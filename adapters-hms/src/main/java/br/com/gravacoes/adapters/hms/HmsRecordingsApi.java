package br.com.gravacoes.adapters.hms;

import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;

/** The part of 100ms's REST API v2 we call, as a MicroProfile Rest Client interface. */
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RegisterProvider(HmsErrorMapper.class)
public interface HmsRecordingsApi {

  String AUTHORIZATION = "Authorization";

  @POST
  @Path("/recordings/room/{roomId}/start")
  HmsRecordingJson start(
      @HeaderParam(AUTHORIZATION) String bearer,
      @PathParam("roomId") String roomId,
      JsonObject body);

  @POST
  @Path("/recordings/room/{roomId}/stop")
  HmsRecordingPageJson stopRoom(
      @HeaderParam(AUTHORIZATION) String bearer,
      @PathParam("roomId") String roomId,
      JsonObject body);

  @POST
  @Path("/recordings/{recordingId}/stop")
  HmsRecordingJson stopRecording(
      @HeaderParam(AUTHORIZATION) String bearer,
      @PathParam("recordingId") String recordingId,
      JsonObject body);

  @GET
  @Path("/recordings/{recordingId}")
  HmsRecordingJson get(
      @HeaderParam(AUTHORIZATION) String bearer, @PathParam("recordingId") String recordingId);

  @GET
  @Path("/recordings")
  HmsRecordingPageJson list(
      @HeaderParam(AUTHORIZATION) String bearer,
      @QueryParam("room_id") String roomId,
      @QueryParam("status") String status,
      @QueryParam("limit") int limit);

  @GET
  @Path("/recording-assets/{assetId}/presigned-url")
  HmsPresignedUrlJson presignedUrl(
      @HeaderParam(AUTHORIZATION) String bearer,
      @PathParam("assetId") String assetId,
      @QueryParam("presign_duration") long presignDurationSeconds);
}
