package br.com.gravacoes.simulator;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Serves {@code /files/{asset}.mp4} like presigned S3 storage: signed URL, expiry, byte ranges. */
final class FilesHandler implements HttpHandler {

  private static final Pattern FILE = Pattern.compile("/files/([^/]+)\\.mp4");

  private final UrlSigner signer;
  private final byte[] video;

  FilesHandler(UrlSigner signer, byte[] video) {
    this.signer = signer;
    this.video = video;
  }

  @Override
  public void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      Matcher file = FILE.matcher(exchange.getRequestURI().getPath());
      if (!file.matches()) {
        sendS3Error(exchange, 404, "NoSuchKey", "The specified key does not exist.");
      } else if (!"GET".equals(exchange.getRequestMethod())) {
        exchange.getResponseHeaders().set("Allow", "GET");
        sendS3Error(exchange, 405, "MethodNotAllowed", "The specified method is not allowed.");
      } else {
        serveSigned(exchange, file.group(1));
      }
    }
  }

  private void serveSigned(HttpExchange exchange, String assetId) throws IOException {
    Map<String, String> query = Exchanges.query(exchange);
    String expires = query.get("expires");
    if (!signer.signed(assetId, expires, query.get("signature"))) {
      sendS3Error(
          exchange,
          403,
          "SignatureDoesNotMatch",
          "The request signature we calculated does not match the signature you provided.");
    } else if (!Instant.now().isBefore(Instant.ofEpochSecond(Long.parseLong(expires)))) {
      sendS3Error(exchange, 403, "AccessDenied", "Request has expired");
    } else {
      serveVideo(exchange);
    }
  }

  private void serveVideo(HttpExchange exchange) throws IOException {
    Headers headers = exchange.getResponseHeaders();
    headers.set("Content-Type", "video/mp4");
    headers.set("Accept-Ranges", "bytes");
    Optional<ByteRange> requested =
        ByteRange.parse(exchange.getRequestHeaders().getFirst("Range"), video.length);
    if (requested.isEmpty()) {
      write(exchange, 200, 0, video.length);
      return;
    }
    ByteRange range = requested.get();
    if (!range.satisfiable()) {
      headers.set("Content-Range", "bytes */" + video.length);
      exchange.sendResponseHeaders(416, -1);
      return;
    }
    headers.set(
        "Content-Range", "bytes " + range.first() + "-" + range.last() + "/" + video.length);
    write(exchange, 206, (int) range.first(), (int) range.length());
  }

  private void write(HttpExchange exchange, int status, int offset, int length) throws IOException {
    // HttpServer sets Content-Length itself from the length given here.
    exchange.sendResponseHeaders(status, length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(video, offset, length);
    }
  }

  private static void sendS3Error(HttpExchange exchange, int status, String code, String message)
      throws IOException {
    String xml =
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Error><Code>"
            + code
            + "</Code><Message>"
            + message
            + "</Message></Error>";
    Exchanges.send(exchange, status, "application/xml", xml.getBytes(StandardCharsets.UTF_8));
  }
}
