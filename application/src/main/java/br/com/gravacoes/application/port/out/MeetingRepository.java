package br.com.gravacoes.application.port.out;

import br.com.gravacoes.domain.meeting.Meeting;
import br.com.gravacoes.domain.meeting.RoomId;
import br.com.gravacoes.domain.tenant.TenantId;
import java.util.List;
import java.util.Optional;

/** Finds meetings by the 100ms room they are held in or by tenant, and keeps new ones. */
public interface MeetingRepository {

  Optional<Meeting> findByRoomId(RoomId roomId);

  /** The tenant's meetings ordered by title (then room, so the order is stable). */
  List<Meeting> findByTenant(TenantId tenant);

  /** Inserts the meeting, or updates its tenant, room and title when its id already exists. */
  void save(Meeting meeting);
}
