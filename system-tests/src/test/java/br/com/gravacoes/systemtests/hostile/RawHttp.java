package br.com.gravacoes.systemtests.hostile;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * HTTP/1.1 over a bare socket, one request per connection: unlike {@code java.net.http} it sends
 * whatever bytes a hostile client would (bad percent escapes, raw control characters, invalid
 * UTF-8, lying or missing Content-Length), and reads whatever comes back.
 */
final class RawHttp {

  /** What the service answered; status 0 when it closed the connection without an answer. */
  record Answer(int status, Map<String, String> headers, String body) {

    String header(String name) {
      return headers.get(name.toLowerCase(Locale.ROOT));
    }
  }

  private final int port;

  RawHttp(int port) {
    this.port = port;
  }

  Answer send(HostileCase request) throws IOException {
    try (Socket socket = new Socket("127.0.0.1", port)) {
      socket.setSoTimeout(15_000);
      OutputStream out = socket.getOutputStream();
      ByteArrayOutputStream head = new ByteArrayOutputStream();
      head.write(request.method().getBytes(StandardCharsets.ISO_8859_1));
      head.write(' ');
      head.write(request.target());
      head.write(" HTTP/1.1\r\nHost: 127.0.0.1:".getBytes(StandardCharsets.ISO_8859_1));
      head.write(String.valueOf(port).getBytes(StandardCharsets.ISO_8859_1));
      head.write("\r\nConnection: close\r\n".getBytes(StandardCharsets.ISO_8859_1));
      for (byte[] line : request.headerLines()) {
        head.write(line);
        head.write("\r\n".getBytes(StandardCharsets.ISO_8859_1));
      }
      byte[] body = request.body();
      if (body != null) {
        head.write(
            (request.omitLength()
                    ? "Transfer-Encoding: chunked\r\n"
                    : "Content-Length: " + body.length + "\r\n")
                .getBytes(StandardCharsets.ISO_8859_1));
      }
      head.write("\r\n".getBytes(StandardCharsets.ISO_8859_1));
      try {
        out.write(head.toByteArray());
        if (body != null) {
          out.write(request.omitLength() ? chunked(body) : body);
        }
        out.flush();
      } catch (IOException refusedMidBody) {
        // A server may answer (413) and close before reading a large body: read its answer.
      }
      return read(socket.getInputStream());
    }
  }

  /** The body in 8 KB chunks, as a client streaming it without announcing its length. */
  private static byte[] chunked(byte[] body) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (int at = 0; at < body.length; at += 8192) {
      int size = Math.min(8192, body.length - at);
      out.writeBytes((Integer.toHexString(size) + "\r\n").getBytes(StandardCharsets.ISO_8859_1));
      out.write(body, at, size);
      out.writeBytes("\r\n".getBytes(StandardCharsets.ISO_8859_1));
    }
    out.writeBytes("0\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
    return out.toByteArray();
  }

  private static Answer read(InputStream in) throws IOException {
    byte[] all;
    try {
      all = in.readAllBytes();
    } catch (IOException reset) {
      return new Answer(0, Map.of(), "");
    }
    String text = new String(all, StandardCharsets.ISO_8859_1);
    int end = text.indexOf("\r\n\r\n");
    if (end < 0 || !text.startsWith("HTTP/1.")) {
      return new Answer(0, Map.of(), text);
    }
    String[] lines = text.substring(0, end).split("\r\n");
    int status = Integer.parseInt(lines[0].split(" ")[1]);
    Map<String, String> headers = new LinkedHashMap<>();
    for (int i = 1; i < lines.length; i++) {
      int colon = lines[i].indexOf(':');
      if (colon > 0) {
        headers.put(
            lines[i].substring(0, colon).strip().toLowerCase(Locale.ROOT),
            lines[i].substring(colon + 1).strip());
      }
    }
    byte[] raw = java.util.Arrays.copyOfRange(all, end + 4, all.length);
    if ("chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) {
      raw = unchunk(raw);
    }
    return new Answer(status, headers, new String(raw, StandardCharsets.UTF_8));
  }

  private static byte[] unchunk(byte[] raw) {
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    int at = 0;
    while (at < raw.length) {
      int lineEnd = indexOfCrLf(raw, at);
      if (lineEnd < 0) {
        break;
      }
      String sizeText = new String(raw, at, lineEnd - at, StandardCharsets.ISO_8859_1);
      int size = Integer.parseInt(sizeText.split(";")[0].strip(), 16);
      if (size == 0) {
        break;
      }
      body.write(raw, lineEnd + 2, Math.min(size, raw.length - lineEnd - 2));
      at = lineEnd + 2 + size + 2;
    }
    return body.toByteArray();
  }

  private static int indexOfCrLf(byte[] raw, int from) {
    for (int i = from; i + 1 < raw.length; i++) {
      if (raw[i] == '\r' && raw[i + 1] == '\n') {
        return i;
      }
    }
    return -1;
  }
}
