package br.com.gravacoes.adapters.hms;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Objects;
import org.eclipse.microprofile.rest.client.ext.ResponseExceptionMapper;

/** Reads 100ms's error body into an {@link HmsApiException} for every answer of 400 and above. */
public class HmsErrorMapper implements ResponseExceptionMapper<HmsApiException> {

  @Override
  public HmsApiException toThrowable(Response response) {
    String body = response.hasEntity() ? response.readEntity(String.class) : "";
    HmsErrorJson error = parse(body);
    String message =
        error != null && error.message != null
            ? error.message
            : response.getStatusInfo().getReasonPhrase();
    List<String> details =
        error == null || error.details == null
            ? List.of()
            : error.details.stream().filter(Objects::nonNull).toList();
    return new HmsApiException(response.getStatus(), message, details);
  }

  private static HmsErrorJson parse(String body) {
    try (Jsonb jsonb = JsonbBuilder.create()) {
      return jsonb.fromJson(body, HmsErrorJson.class);
    } catch (Exception notJson) {
      // 100ms's load balancers answer some failures with HTML: fall back to the status text.
      return null;
    }
  }
}
