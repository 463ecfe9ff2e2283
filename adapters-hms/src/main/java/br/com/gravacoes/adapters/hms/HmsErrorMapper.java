package br.com.gravacoes.adapters.hms;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.rest.client.ext.ResponseExceptionMapper;

/** Reads 100ms's error body into an {@link HmsApiException} for every answer of 400 and above. */
public class HmsErrorMapper implements ResponseExceptionMapper<HmsApiException> {

  @Override
  public HmsApiException toThrowable(Response response) {
    String body = response.hasEntity() ? response.readEntity(String.class) : "";
    return new HmsApiException(response.getStatus(), messageOf(body, response));
  }

  private static String messageOf(String body, Response response) {
    try (Jsonb jsonb = JsonbBuilder.create()) {
      HmsErrorJson error = jsonb.fromJson(body, HmsErrorJson.class);
      if (error != null && error.message != null) {
        return error.message;
      }
    } catch (Exception notJson) {
      // 100ms's load balancers answer some failures with HTML: fall back to the status text.
    }
    return response.getStatusInfo().getReasonPhrase();
  }
}
