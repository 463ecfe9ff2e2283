package br.com.gravacoes.application.port.in;

import br.com.gravacoes.domain.meeting.RoomId;

/** No meeting is held in the given 100ms room. */
public class MeetingNotFoundException extends RuntimeException {

  public MeetingNotFoundException(RoomId roomId) {
    super("no meeting in room " + roomId);
  }
}
