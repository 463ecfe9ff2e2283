package br.com.gravacoes.application.port.out;

import br.com.gravacoes.domain.meeting.RoomId;
import br.com.gravacoes.domain.recording.Recording;
import br.com.gravacoes.domain.recording.RecordingId;
import br.com.gravacoes.domain.recording.RecordingStatus;
import br.com.gravacoes.domain.tenant.TenantId;
import java.util.List;
import java.util.Optional;

/**
 * Stores recordings. Each method is one short transaction of its own: no use case holds a database
 * transaction open while it waits for 100ms.
 */
public interface RecordingRepository {

  /**
   * Inserts an active recording unless its room already has one: the store itself decides, so two
   * concurrent calls for one room never both succeed.
   *
   * @return false when the room already has an active recording (nothing was written)
   */
  boolean insertIfRoomIdle(Recording recording);

  /**
   * Replaces the stored recording if its stored status is still {@code expected}, and never erases
   * 100ms ids the store already has: a replacement computed from a copy read before 100ms confirmed
   * the start is refused. The change is queued for the mirror in the same transaction.
   */
  boolean update(Recording recording, RecordingStatus expected);

  /** Removes a recording that 100ms never confirmed, after its start failed. */
  void deleteUnconfirmed(RecordingId id);

  Optional<Recording> findById(RecordingId id);

  Optional<Recording> findActiveByRoom(RoomId roomId);

  /** The tenant's active recordings, at most one per room: one query for a whole list page. */
  List<Recording> findActiveByTenant(TenantId tenant);

  /** The recording 100ms knows by that id. */
  Optional<Recording> findByHmsRecordingId(String hmsRecordingId);

  /**
   * The recording of that 100ms session in that room (events without a known recording id); empty
   * when the session holds several, since an event could then belong to any of them.
   */
  Optional<Recording> findByRoomAndSession(RoomId roomId, String hmsSessionId);

  /** One page of the library, newest first. */
  RecordingPage search(RecordingQuery query);
}
