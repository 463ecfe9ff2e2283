package br.com.gravacoes.simulator;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BooleanSupplier;

/**
 * Apps, rooms and recordings. Recording changes are synchronized on this object so that a
 * check-then-act on a room (start while another runs, stop) is atomic.
 */
final class SimulatorState {

  private final Map<String, String> secretsByApp = new ConcurrentHashMap<>();
  private final Map<String, Set<String>> roomsByApp = new ConcurrentHashMap<>();
  // Guarded by this. Indexed so that every call but the list stays O(1) once a benchmark has piled
  // up
  // thousands of recordings.
  private final List<String> idsOldestFirst = new ArrayList<>();
  private final Map<String, RecordingEntry> recordingsById = new HashMap<>();
  private final Map<Room, String> runningIdByRoom = new HashMap<>();
  private final Map<String, String> recordingIdByAsset = new HashMap<>();
  private final Duration assetDelay;
  private final BooleanSupplier assetsFail;
  private final RecordingListener listener;

  SimulatorState(Duration assetDelay, BooleanSupplier assetsFail, RecordingListener listener) {
    this.assetDelay = assetDelay;
    this.assetsFail = assetsFail;
    this.listener = listener;
  }

  /** Millisecond precision, as the timestamps 100ms returns. */
  static Instant now() {
    return Instant.now().truncatedTo(ChronoUnit.MILLIS);
  }

  void addApp(String accessKey, String appSecret) {
    secretsByApp.put(requireText(accessKey, "accessKey"), requireText(appSecret, "appSecret"));
  }

  Optional<String> secretOf(String accessKey) {
    return Optional.ofNullable(secretsByApp.get(accessKey));
  }

  void addRoom(String accessKey, String roomId) {
    roomsByApp
        .computeIfAbsent(requireText(accessKey, "accessKey"), key -> ConcurrentHashMap.newKeySet())
        .add(requireText(roomId, "roomId"));
  }

  boolean ownsRoom(String accessKey, String roomId) {
    return roomsByApp.getOrDefault(accessKey, Set.of()).contains(roomId);
  }

  synchronized RecordingEntry start(String accessKey, String roomId, String meetingUrl)
      throws ApiException {
    Room room = new Room(accessKey, roomId);
    if (runningIdByRoom.containsKey(room)) {
      throw ApiException.conflict("beam already started");
    }
    RecordingEntry entry = RecordingEntry.started(accessKey, roomId, meetingUrl, now());
    idsOldestFirst.add(entry.id());
    recordingsById.put(entry.id(), entry);
    runningIdByRoom.put(room, entry.id());
    listener.started(entry);
    return entry;
  }

  /**
   * Stops what runs in the room: a list, as 100ms answers, though a room runs one recording at
   * most.
   */
  synchronized List<RecordingEntry> stopRoom(String accessKey, String roomId) throws ApiException {
    String runningId = runningIdByRoom.get(new Room(accessKey, roomId));
    if (runningId == null) {
      throw ApiException.notFound("beam not found");
    }
    return List.of(stop(recordingsById.get(runningId), StopReason.CLIENT_REQUEST));
  }

  /** Stops what runs in the room, whatever the app, as 100ms does when the last peer leaves. */
  synchronized void endSession(String roomId) {
    for (Map.Entry<Room, String> running : List.copyOf(runningIdByRoom.entrySet())) {
      if (running.getKey().roomId().equals(roomId)) {
        stop(recordingsById.get(running.getValue()), StopReason.LAST_PEER_LEFT);
      }
    }
  }

  synchronized RecordingEntry stopRecording(String accessKey, String recordingId)
      throws ApiException {
    RecordingEntry entry =
        recording(accessKey, recordingId)
            .orElseThrow(() -> ApiException.notFound("recording not found"));
    if (!entry.isRunning()) {
      throw ApiException.notFound("beam not found");
    }
    return stop(entry, StopReason.CLIENT_REQUEST);
  }

  synchronized Optional<RecordingEntry> recording(String accessKey, String recordingId) {
    return Optional.ofNullable(recordingsById.get(recordingId))
        .filter(entry -> entry.accessKey().equals(accessKey));
  }

  /** The recording whose asset this is, once the asset is ready. */
  synchronized Optional<RecordingEntry> readyAsset(String accessKey, String assetId, Instant now) {
    return Optional.ofNullable(recordingIdByAsset.get(assetId))
        .flatMap(recordingId -> recording(accessKey, recordingId))
        .filter(entry -> entry.assetReady(now, assetDelay));
  }

  synchronized Optional<RecordingEntry> runningIn(String accessKey, String roomId) {
    return Optional.ofNullable(runningIdByRoom.get(new Room(accessKey, roomId)))
        .map(recordingsById::get);
  }

  /** Newest first, filtered, one page after {@code query.start()}. */
  synchronized RecordingPage list(String accessKey, RecordingQuery query, Instant now) {
    List<RecordingEntry> matching = new ArrayList<>();
    for (int i = idsOldestFirst.size() - 1; i >= 0; i--) {
      RecordingEntry entry = recordingsById.get(idsOldestFirst.get(i));
      if (entry.accessKey().equals(accessKey) && query.matches(entry, now, assetDelay)) {
        matching.add(entry);
      }
    }
    int from = query.start() == null ? 0 : pageStartAfter(matching, query.start());
    int to = Math.min(matching.size(), from + query.limit());
    List<RecordingEntry> page = List.copyOf(matching.subList(from, to));
    String last = to < matching.size() ? page.get(page.size() - 1).id() : null;
    return new RecordingPage(page, last);
  }

  synchronized List<SimulatedRecording> snapshots() {
    Instant now = now();
    return idsOldestFirst.stream().map(id -> recordingsById.get(id).view(now, assetDelay)).toList();
  }

  synchronized void forgetRecordings() {
    idsOldestFirst.clear();
    recordingsById.clear();
    runningIdByRoom.clear();
    recordingIdByAsset.clear();
  }

  /**
   * An unknown {@code start} gives an empty page rather than the first one, so paging clients stop.
   */
  private static int pageStartAfter(List<RecordingEntry> matching, String start) {
    int index = matching.stream().map(RecordingEntry::id).toList().indexOf(start);
    return index < 0 ? matching.size() : index + 1;
  }

  private RecordingEntry stop(RecordingEntry running, StopReason reason) {
    RecordingEntry stopped = running.stopped(now(), assetsFail.getAsBoolean());
    recordingsById.put(stopped.id(), stopped);
    runningIdByRoom.remove(new Room(stopped.accessKey(), stopped.roomId()));
    if (stopped.assetId() != null) {
      recordingIdByAsset.put(stopped.assetId(), stopped.id());
    }
    listener.stopped(stopped, reason);
    return stopped;
  }

  private static String requireText(String value, String name) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException(name + " must not be blank");
    }
    return value;
  }

  /** Rooms are per app: two apps may use the same room id. */
  private record Room(String accessKey, String roomId) {}
}
