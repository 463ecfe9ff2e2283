package br.com.gravacoes.adapters.rest;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Refuses request bodies over 64 KB with 413 before anything reads them: at once when the
 * Content-Length says so, and while reading a body sent without one.
 */
@Provider
@PreMatching
@Priority(Priorities.AUTHENTICATION - 100)
public class BodySizeLimitFilter implements ContainerRequestFilter {

  static final int MAX_BODY_BYTES = 64 * 1024;
  static final String TOO_LARGE = "Corpo da requisição muito grande (máximo 64 KB)";

  @Override
  public void filter(ContainerRequestContext request) {
    String declared = request.getHeaderString(HttpHeaders.CONTENT_LENGTH);
    if (declared != null) {
      try {
        if (Long.parseLong(declared.strip()) > MAX_BODY_BYTES) {
          request.abortWith(tooLarge());
          return;
        }
      } catch (NumberFormatException malformed) {
        // The container refuses a malformed Content-Length itself; the stream limit still holds.
      }
    }
    request.setEntityStream(new Limited(request.getEntityStream()));
  }

  static Response tooLarge() {
    return RestJson.error(413, TOO_LARGE);
  }

  /** A body stream that fails once more than the limit has been read. */
  private static final class Limited extends FilterInputStream {

    private long read;

    Limited(InputStream body) {
      super(body);
    }

    @Override
    public int read() throws IOException {
      int next = super.read();
      count(next < 0 ? 0 : 1);
      return next;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
      int count = super.read(buffer, offset, length);
      count(Math.max(count, 0));
      return count;
    }

    private void count(int bytes) throws BodyTooLargeException {
      read += bytes;
      if (read > MAX_BODY_BYTES) {
        throw new BodyTooLargeException();
      }
    }
  }
}
