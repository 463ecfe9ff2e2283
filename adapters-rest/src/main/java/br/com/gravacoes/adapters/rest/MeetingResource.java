package br.com.gravacoes.adapters.rest;

import static br.com.gravacoes.adapters.rest.RestJson.JSON;

import br.com.gravacoes.adapters.rest.auth.CurrentCaller;
import br.com.gravacoes.application.port.in.GetMeetingUseCase;
import br.com.gravacoes.application.port.in.ListMeetingsUseCase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** The meetings of the caller's tenant, each saying whether (and what) it is recording. */
@Path("/reunioes")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class MeetingResource {

  private ListMeetingsUseCase list;
  private GetMeetingUseCase get;
  private CurrentCaller caller;

  /** For the CDI proxy only. */
  protected MeetingResource() {}

  @Inject
  public MeetingResource(ListMeetingsUseCase list, GetMeetingUseCase get, CurrentCaller caller) {
    this.list = list;
    this.get = get;
    this.caller = caller;
  }

  @GET
  public JsonObject list() {
    JsonArrayBuilder items = JSON.createArrayBuilder();
    list.list(caller.actor()).forEach(view -> items.add(MeetingJson.of(view)));
    return JSON.createObjectBuilder().add("items", items).build();
  }

  @GET
  @Path("/{roomId}")
  public JsonObject get(@PathParam("roomId") String roomId) {
    return MeetingJson.of(get.get(caller.actor(), RoomIdRequest.roomId(roomId)));
  }
}
