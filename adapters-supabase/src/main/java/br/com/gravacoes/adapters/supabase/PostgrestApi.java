package br.com.gravacoes.adapters.supabase;

import jakarta.json.JsonArray;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;

/**
 * A Supabase project's REST endpoint (PostgREST behind its gateway), as a MicroProfile Rest Client
 * interface: the one request supabase-js makes for {@code from(table).upsert(rows, {onConflict})}.
 */
@Path("/rest/v1")
@RegisterProvider(PostgrestErrorMapper.class)
public interface PostgrestApi {

  @POST
  @Path("/{table}")
  @Consumes(MediaType.APPLICATION_JSON)
  Response upsert(
      @PathParam("table") String table,
      @QueryParam("on_conflict") String onConflict,
      @QueryParam("columns") String columns,
      @HeaderParam("apikey") String apiKey,
      @HeaderParam("Authorization") String bearer,
      @HeaderParam("Prefer") String prefer,
      @HeaderParam("Content-Profile") String profile,
      JsonArray rows);
}
