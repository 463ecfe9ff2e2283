package br.com.gravacoes.application.testing;

import br.com.gravacoes.application.port.out.RecordingCursor;
import br.com.gravacoes.application.port.out.RecordingPage;
import br.com.gravacoes.application.port.out.RecordingQuery;
import br.com.gravacoes.application.port.out.RecordingRepository;
import br.com.gravacoes.domain.meeting.RoomId;
import br.com.gravacoes.domain.recording.Recording;
import br.com.gravacoes.domain.recording.RecordingId;
import br.com.gravacoes.domain.recording.RecordingStatus;
import br.com.gravacoes.domain.tenant.TenantId;
import java.util.ArrayList;
import java.util.Comparator;
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
    if (stored.hmsRecordingId() != null
        && !stored.hmsRecordingId().equals(recording.hmsRecordingId())) {
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

  @Override
  public synchronized List<Recording> findActiveByTenant(TenantId tenant) {
    return rows.values().stream().filter(r -> r.tenantId().equals(tenant) && r.isActive()).toList();
  }

  @Override
  public synchronized Optional<Recording> findByHmsRecordingId(String hmsRecordingId) {
    return rows.values().stream()
        .filter(r -> hmsRecordingId.equals(r.hmsRecordingId()))
        .findFirst();
  }

  @Override
  public synchronized Optional<Recording> findByRoomAndSession(RoomId roomId, String sessionId) {
    List<Recording> matches =
        rows.values().stream()
            .filter(r -> r.roomId().equals(roomId) && sessionId.equals(r.hmsSessionId()))
            .toList();
    return matches.size() == 1 ? Optional.of(matches.get(0)) : Optional.empty();
  }

  @Override
  public synchronized RecordingPage search(RecordingQuery query) {
    Comparator<Recording> newestFirst =
        Comparator.comparing(Recording::createdAt).thenComparing(r -> r.id().value()).reversed();
    List<Recording> matching =
        rows.values().stream()
            .filter(r -> query.status().map(s -> s == r.status()).orElse(true))
            .filter(r -> query.meetingId().map(m -> m.equals(r.meetingId())).orElse(true))
            .filter(r -> query.from().map(f -> !r.startedAt().isBefore(f)).orElse(true))
            .filter(r -> query.to().map(t -> r.startedAt().isBefore(t)).orElse(true))
            .filter(r -> query.after().map(c -> isAfter(r, c)).orElse(true))
            .sorted(newestFirst)
            .toList();
    List<Recording> page = matching.stream().limit(query.limit()).toList();
    Optional<RecordingCursor> next =
        matching.size() > query.limit()
            ? Optional.of(RecordingCursor.after(page.get(page.size() - 1)))
            : Optional.empty();
    return new RecordingPage(page, next);
  }

  private static boolean isAfter(Recording r, RecordingCursor cursor) {
    int byTime = r.createdAt().compareTo(cursor.createdAt());
    return byTime < 0 || (byTime == 0 && r.id().value().compareTo(cursor.id().value()) < 0);
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
