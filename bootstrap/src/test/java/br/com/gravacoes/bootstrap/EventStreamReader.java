package br.com.gravacoes.bootstrap;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Reads a server-sent event stream as a browser's fetch-based reader would: opens it, then hands
 * each complete event (its {@code event:} name and {@code data:} line) to the test as it arrives.
 */
final class EventStreamReader implements AutoCloseable {

  record Event(String name, String data) {}

  private final BlockingQueue<Event> events = new LinkedBlockingQueue<>();
  private final HttpResponse<Stream<String>> response;
  private final Thread reader;

  private EventStreamReader(HttpResponse<Stream<String>> response) {
    this.response = response;
    this.reader = new Thread(this::read, "it-event-stream");
    reader.setDaemon(true);
    reader.start();
  }

  /**
   * Opens the stream; the caller checks {@link #status()} before expecting events. Each stream has
   * a client (a connection) of its own: a pooled connection that carried a stream the test closed
   * can be handed to the next request already dead ("EOF reached while reading").
   */
  static EventStreamReader open(HttpRequest request) throws Exception {
    HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    return new EventStreamReader(client.send(request, HttpResponse.BodyHandlers.ofLines()));
  }

  int status() {
    return response.statusCode();
  }

  String header(String name) {
    return response.headers().firstValue(name).orElse("");
  }

  /** The next event within the time, or null. */
  Event next(long millis) throws InterruptedException {
    return events.poll(millis, TimeUnit.MILLISECONDS);
  }

  /** The next event with that name within the time (others are skipped), or null. */
  Event next(String name, long millis) throws InterruptedException {
    long deadline = System.currentTimeMillis() + millis;
    while (true) {
      long left = deadline - System.currentTimeMillis();
      Event event = left <= 0 ? null : next(left);
      if (event == null || event.name().equals(name)) {
        return event;
      }
    }
  }

  private void read() {
    String name = "message";
    StringBuilder data = null;
    try (Stream<String> lines = response.body()) {
      for (String line : (Iterable<String>) lines::iterator) {
        if (line.isEmpty()) {
          if (data != null) {
            events.add(new Event(name, data.toString()));
          }
          name = "message";
          data = null;
        } else if (line.startsWith("event:")) {
          name = line.substring(6).strip();
        } else if (line.startsWith("data:")) {
          String value = line.substring(5);
          value = value.startsWith(" ") ? value.substring(1) : value;
          data = data == null ? new StringBuilder(value) : data.append('\n').append(value);
        }
      }
    } catch (RuntimeException closed) {
      // The test closed the stream.
    }
  }

  @Override
  public void close() {
    response.body().close();
    reader.interrupt();
  }
}
