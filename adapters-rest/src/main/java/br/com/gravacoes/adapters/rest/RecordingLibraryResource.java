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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The recordings library: list, read, refresh (the seed's endpoint) and play. */
@Tag(name = "Biblioteca", description = "As gravações do tenant e os vídeos")
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
  @Operation(
      summary = "Lista as gravações do tenant, mais novas primeiro",
      description =
          "Filtros opcionais: status, reuniaoId, de/ate (dia ou instante ISO-8601, ate exclusivo),"
              + " limite (1..100, padrão 20) e cursor (o nextCursor da página anterior).")
  @APIResponse(responseCode = "200", description = "Uma página: items e nextCursor")
  @APIResponse(responseCode = "400", description = "Filtro inválido")
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
  @Operation(summary = "Uma gravação")
  @APIResponse(responseCode = "200", description = "A gravação")
  @APIResponse(responseCode = "400", description = "id de gravação inválido")
  @APIResponse(responseCode = "404", description = "Gravação não encontrada")
  public JsonObject get(@PathParam("id") String id) {
    return RecordingJson.of(get.get(caller.actor().tenant(), LibraryParameters.recordingId(id)));
  }

  @POST
  @Path("/{id}/refresh")
  @Operation(
      summary = "Reconcilia a gravação com o 100ms agora",
      description = "O refresh do seed: atualiza status, vídeo e URL a partir do 100ms.")
  @APIResponse(responseCode = "200", description = "success e a gravação atualizada")
  @APIResponse(responseCode = "404", description = "Gravação não encontrada")
  @APIResponse(responseCode = "502", description = "O 100ms falhou, demorou ou recusou")
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
  @Operation(
      summary = "Gera uma URL nova para assistir ao vídeo",
      description = "URL presignada nova a cada chamada, com a data em que expira.")
  @APIResponse(responseCode = "200", description = "url e expiresAt")
  @APIResponse(responseCode = "404", description = "Gravação não encontrada")
  @APIResponse(responseCode = "409", description = "A gravação não está completed")
  public JsonObject playback(@PathParam("id") String id) {
    PlaybackUrl url = playback.playback(caller.actor().tenant(), LibraryParameters.recordingId(id));
    return JSON.createObjectBuilder()
        .add("url", url.url())
        .add("expiresAt", url.expiresAt().toString())
        .build();
  }
}
