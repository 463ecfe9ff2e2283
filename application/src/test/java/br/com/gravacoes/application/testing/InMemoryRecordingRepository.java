package br.com.gravacoes.application.testing;

import br.com.gravacoes.application.port.out.RecordingRepository;
import br.com.gravacoes.domain.meeting.RoomId;
import br.com.gravacoes.domain.recording.Recording;
import br.com.gravacoes.domain.recording.RecordingId;
import br.com.gravacoes.domain.recording.RecordingStatus;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A {@link RecordingRepository} in memory that keeps the database's promise: at most one active
 * recording per room, atomically. Writes can be made to fail to exercise compensation paths.
 */
public class InMemoryRecordingRepository implements RecordingRepository {

  private final Map<RecordingId, Recording> rows = new LinkedHashMap<>();
  private int failingUpdates;

  @Override
  public synchronized boolean insertIfRoomIdle(Recording recording) {
    if (findActiveByRoom(recording.roomId()).isPresent()) {
      return false;
    }
    rows.put(recording.id(), recording);
    return true;
  }

  @Override
  public synchronized boolean update(Recording recording, RecordingStatus expected) {
    if (failingUpdates > 0) {
      failingUpdates--;
      throw new IllegalStateException("database unavailable");
    }
    Recording stored = rows.get(recording.id());
    if (stored == null || stored.status() != expected) {
      return false;
    }
    rows.put(recording.id(), recording);
    return true;
  }

  @Override
  public synchronized void deleteUnconfirmed(RecordingId id) {
    Recording stored = rows.get(id);
    if (stored != null && !stored.isStartConfirmed()) {
      rows.remove(id);
    }
  }

  @Override
  public synchronized Optional<Recording> findById(RecordingId id) {
    return Optional.ofNullable(rows.get(id));
  }

  @Override
  public synchronized Optional<Recording> findActiveByRoom(RoomId roomId) {
    return rows.values().stream()
        .filter(r -> r.roomId().equals(roomId) && r.isActive())
        .findFirst();
  }

  /** The next {@code times} updates throw, as a lost database connection would. */
  public synchronized void failNextUpdates(int times) {
    failingUpdates = times;
  }

  /** Replaces a stored row as another process would, bypassing the rules. */
  public synchronized void overwrite(Recording recording) {
    rows.put(recording.id(), recording);
  }

  public synchronized List<Recording> all() {
    return new ArrayList<>(rows.values());
  }
}
