package br.com.gravacoes.adapters.supabase;

import br.com.gravacoes.application.port.out.MirrorRejectedException;
import br.com.gravacoes.application.port.out.MirrorUnavailableException;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import jakarta.ws.rs.core.Response;
import java.io.StringReader;
import org.eclipse.microprofile.rest.client.ext.ResponseExceptionMapper;

/**
 * Sorts the project's error answers: a timeout, 429 or a 5xx is worth retrying; any other refusal
 * (a wrong key, a missing table or column) will repeat until someone fixes the project.
 */
public class PostgrestErrorMapper implements ResponseExceptionMapper<RuntimeException> {

  @Override
  public RuntimeException toThrowable(Response response) {
    int status = response.getStatus();
    String detail = detailOf(response);
    if (status == 408 || status == 429 || status >= 500) {
      return new MirrorUnavailableException(
          "Supabase indisponível (HTTP " + status + detail + ")", null);
    }
    return new MirrorRejectedException(
        "Supabase recusou as gravações (HTTP " + status + detail + ")");
  }

  /** PostgREST's {code, message} or the gateway's {message}; nothing else of the body. */
  private static String detailOf(Response response) {
    String body = response.hasEntity() ? response.readEntity(String.class) : "";
    try (JsonReader reader = Json.createReader(new StringReader(body))) {
      JsonObject error = reader.readObject();
      String code = text(error, "code");
      String message = text(error, "message");
      return (code.isEmpty() ? "" : ", " + code) + (message.isEmpty() ? "" : ": " + message);
    } catch (RuntimeException notJson) {
      // A proxy in front of the project may answer HTML: the status says enough.
      return "";
    }
  }

  private static String text(JsonObject error, String name) {
    JsonValue value = error.get(name);
    if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
      return "";
    }
    String text =
        value.getValueType() == JsonValue.ValueType.STRING
            ? error.getString(name)
            : value.toString();
    return text.length() > 300 ? text.substring(0, 300) + "…" : text;
  }
}
