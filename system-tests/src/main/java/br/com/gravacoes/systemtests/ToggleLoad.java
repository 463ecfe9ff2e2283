package br.com.gravacoes.systemtests;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A steady toggle load: each thread owns some rooms and clicks start, then stop, in each of them in
 * turn, sending every request to the next service instance in line. Errors are expected while
 * faults are on: every answer goes to the {@link ToggleLedger}, and the load goes on.
 */
public final class ToggleLoad implements AutoCloseable {

  /** A room and one client per service instance, all with a token of the room's tenant. */
  public record Room(String id, List<RecordingClient> clients) {
    public Room {
      clients = List.copyOf(clients);
      if (clients.isEmpty()) {
        throw new IllegalArgumentException("a room needs at least one client");
      }
    }
  }

  private static final String NOTHING_TO_STOP = "Nenhuma gravação em andamento";

  private final List<List<Room>> owners;
  private final ToggleLedger ledger;
  private final Duration pause;
  private final AtomicBoolean running = new AtomicBoolean(true);
  private final AtomicLong next = new AtomicLong();
  private final List<Thread> threads = new ArrayList<>();

  private ToggleLoad(List<List<Room>> owners, ToggleLedger ledger, Duration pause) {
    this.owners = owners;
    this.ledger = ledger;
    this.pause = pause;
  }

  /**
   * Starts {@code threads} threads that share {@code rooms} between them (a room belongs to one
   * thread only, so the load never races itself) and pause {@code pause} between requests.
   */
  public static ToggleLoad start(
      List<Room> rooms, int threads, Duration pause, ToggleLedger ledger) {
    List<List<Room>> owners = new ArrayList<>();
    for (int i = 0; i < threads; i++) {
      owners.add(new ArrayList<>());
    }
    for (int i = 0; i < rooms.size(); i++) {
      owners.get(i % threads).add(rooms.get(i));
    }
    ToggleLoad load = new ToggleLoad(owners, ledger, pause);
    for (int i = 0; i < threads; i++) {
      List<Room> owned = owners.get(i);
      Thread thread = new Thread(() -> load.toggle(owned), "toggle-load-" + i);
      thread.setDaemon(true);
      load.threads.add(thread);
      thread.start();
    }
    return load;
  }

  /** Stops the threads after the request each one is sending, waiting at most 40 s for each. */
  @Override
  public void close() {
    running.set(false);
    for (Thread thread : threads) {
      try {
        thread.join(Duration.ofSeconds(40).toMillis());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
    }
  }

  /**
   * After {@link #close()}: stops every room until the service says there is nothing left to stop,
   * retrying through errors (a start still being confirmed, an instance still booting) until {@code
   * limit}. Returns the rooms that could not be brought to rest.
   */
  public List<String> settle(Duration limit) throws InterruptedException {
    long deadline = System.nanoTime() + limit.toNanos();
    List<String> restless = new ArrayList<>();
    for (List<Room> rooms : owners) {
      for (Room room : rooms) {
        if (!bringToRest(room, deadline)) {
          restless.add(room.id());
        }
      }
    }
    return restless;
  }

  private boolean bringToRest(Room room, long deadline) throws InterruptedException {
    while (System.nanoTime() < deadline) {
      RecordingClient.Answer answer = stop(room);
      if (answer != null && answer.status() == 409 && answer.body().contains(NOTHING_TO_STOP)) {
        return true;
      }
      if (answer == null || answer.status() != 200) {
        Thread.sleep(250);
      }
    }
    return false;
  }

  private void toggle(List<Room> rooms) {
    try {
      while (running.get()) {
        for (Room room : rooms) {
          start(room);
          Thread.sleep(pause.toMillis());
          stop(room);
          Thread.sleep(pause.toMillis());
          if (!running.get()) {
            return;
          }
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private void start(Room room) throws InterruptedException {
    try {
      ledger.started(room.id(), client(room).start(room.id()));
    } catch (IOException e) {
      ledger.unanswered("start");
    }
  }

  private RecordingClient.Answer stop(Room room) throws InterruptedException {
    try {
      RecordingClient.Answer answer = client(room).stop(room.id());
      ledger.stopped(room.id(), answer);
      return answer;
    } catch (IOException e) {
      ledger.unanswered("stop");
      return null;
    }
  }

  private RecordingClient client(Room room) {
    return room.clients().get((int) (next.getAndIncrement() % room.clients().size()));
  }
}
