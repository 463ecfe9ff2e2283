package br.com.gravacoes.application.port.out;

import br.com.gravacoes.domain.meeting.Meeting;
import br.com.gravacoes.domain.meeting.RoomId;
import java.util.Optional;

/** Finds meetings by the 100ms room they are held in, and keeps new ones. */
public interface MeetingRepository {

  Optional<Meeting> findByRoomId(RoomId roomId);

  /** Inserts the meeting, or updates its tenant, room and title when its id already exists. */
  void save(Meeting meeting);
}
