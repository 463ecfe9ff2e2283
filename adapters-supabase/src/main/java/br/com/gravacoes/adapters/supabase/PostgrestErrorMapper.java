package br.com.gravacoes.adapters.supabase;

import br.com.gravacoes.application.port.out.MirrorRejectedException;
import br.com.gravacoes.application.port.out.MirrorUnavailableException;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import org.eclipse.microprofile.rest.client.ext.ResponseExceptionMapper;

/**
 * Sorts the project's answers other than a plain success: a timeout, 429 or a 5xx is worth
 * retrying; a redirect or any other refusal (a wrong key, a missing table or column, a row the
 * table refuses) repeats until someone fixes the project.
 */
public class PostgrestErrorMapper implements ResponseExceptionMapper<RuntimeException> {

  @Override
  public boolean handles(int status, jakarta.ws.rs.core.MultivaluedMap<String, Object> headers) {
    return !isSuccess(status);
  }

  static boolean isSuccess(int status) {
    return status == 200 || status == 201 || status == 204;
  }

  @Override
  public RuntimeException toThrowable(Response response) {
    int status = response.getStatus();
    if (status >= 300 && status < 400) {
      // Following it would resend the service key to wherever it points; the URL needs fixing.
      return new MirrorRejectedException(
          "Supabase redirecionou o pedido (HTTP " + status + "): confira a URL do projeto");
    }
    PostgrestError error = PostgrestError.of(response);
    if (status == 408 || status == 429 || status >= 500) {
      return new MirrorUnavailableException(
          "Supabase indisponível (HTTP " + status + error.detail() + ")", null);
    }
    // PostgREST's own codes (PGRST...) speak of the request or the schema; a SQLSTATE under 400 or
    // 409 speaks of a row the tenant's table refused.
    boolean concernsSomeRows = (status == 400 || status == 409) && !error.isPostgrestCode();
    return new PostgrestRefusal(
        status,
        error,
        "Supabase recusou as gravações (HTTP " + status + error.detail() + ")",
        concernsSomeRows);
  }

  /** PostgREST's {code, message} or the gateway's {message}; nothing else of the body. */
  record PostgrestError(String code, String message) {

    static PostgrestError of(Response response) {
      String body = response.hasEntity() ? firstBytes(response) : "";
      try (JsonReader reader = Json.createReader(new StringReader(body))) {
        JsonObject error = reader.readObject();
        return new PostgrestError(text(error, "code"), text(error, "message"));
      } catch (RuntimeException notJson) {
        // A proxy in front of the project may answer HTML: the status says enough.
        return new PostgrestError("", "");
      }
    }

    boolean isPostgrestCode() {
      return code.startsWith("PGRST");
    }

    String detail() {
      return (code.isEmpty() ? "" : ", " + code) + (message.isEmpty() ? "" : ": " + message);
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

  /**
   * At most 8 KB of the error body: a project URL may point at any server, and a huge answer must
   * not fill the heap.
   */
  static String firstBytes(Response response) {
    try (InputStream body = response.readEntity(InputStream.class)) {
      return new String(body.readNBytes(8 * 1024), StandardCharsets.UTF_8);
    } catch (IOException | RuntimeException unreadable) {
      return "";
    }
  }
}
