package br.com.gravacoes.application.port.in;

import br.com.gravacoes.domain.meeting.RoomId;

/** Reads one meeting of the caller's tenant by its 100ms room, with its active recording. */
public interface GetMeetingUseCase {

  /**
   * @throws MeetingNotFoundException no meeting of the actor's tenant is held in that room
   */
  MeetingView get(Actor actor, RoomId roomId);
}
