package br.com.gravacoes.adapters.rest;

import static br.com.gravacoes.adapters.rest.RestJson.JSON;

import br.com.gravacoes.adapters.rest.auth.CurrentCaller;
import br.com.gravacoes.application.port.in.GetPlaybackUseCase;
import br.com.gravacoes.application.port.in.GetRecordingUseCase;
import br.com.gravacoes.application.port.in.ListRecordingsUseCase;
import br.com.gravacoes.application.port.in.RefreshRecordingUseCase;
import br.com.gravacoes.application.port.out.PlaybackUrl;
import br.com.gravacoes.application.port.out.RecordingPage;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

/** The recordings library: list, read, refresh (the seed's endpoint) and play. */
@Path("/gravacoes")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class RecordingLibraryResource {

  private ListRecordingsUseCase list;
  private GetRecordingUseCase get;
  private RefreshRecordingUseCase refresh;
  private GetPlaybackUseCase playback;
  private CurrentCaller caller;

  /** For the CDI proxy only. */
  protected RecordingLibraryResource() {}

  @Inject
  public RecordingLibraryResource(
      ListRecordingsUseCase list,
      GetRecordingUseCase get,
      RefreshRecordingUseCase refresh,
      GetPlaybackUseCase playback,
      CurrentCaller caller) {
    this.list = list;
    this.get = get;
    this.refresh = refresh;
    this.playback = playback;
    this.caller = caller;
  }

  @GET
  public JsonObject list(
      @QueryParam("status") String status,
      @QueryParam("reuniaoId") String meeting,
      @QueryParam("de") String from,
      @QueryParam("ate") String to,
      @QueryParam("cursor") String cursor,
      @QueryParam("limite") String limit) {
    RecordingPage page =
        list.list(
            LibraryParameters.query(
                caller.actor().tenant(), status, meeting, from, to, cursor, limit));
    JsonArrayBuilder items = JSON.createArrayBuilder();
    page.items().forEach(recording -> items.add(RecordingJson.of(recording)));
    JsonObjectBuilder json = JSON.createObjectBuilder().add("items", items);
    page.next()
        .ifPresentOrElse(
            next -> json.add("nextCursor", LibraryParameters.encode(next)),
            () -> json.addNull("nextCursor"));
    return json.build();
  }

  @GET
  @Path("/{id}")
  public JsonObject get(@PathParam("id") String id) {
    return RecordingJson.of(get.get(caller.actor().tenant(), LibraryParameters.recordingId(id)));
  }

  @POST
  @Path("/{id}/refresh")
  public JsonObject refresh(@PathParam("id") String id) {
    return JSON.createObjectBuilder()
        .add("success", true)
        .add(
            "recording",
            RecordingJson.of(refresh.refresh(caller.actor(), LibraryParameters.recordingId(id))))
        .build();
  }

  @GET
  @Path("/{id}/playback")
  public JsonObject playback(@PathParam("id") String id) {
    PlaybackUrl url = playback.playback(caller.actor().tenant(), LibraryParameters.recordingId(id));
    return JSON.createObjectBuilder()
        .add("url", url.url())
        .add("expiresAt", url.expiresAt().toString())
        .build();
  }
}
