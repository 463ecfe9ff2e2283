package br.com.gravacoes.application.port.in;

import br.com.gravacoes.domain.meeting.RoomId;

/** Nothing is being recorded in the room (never started, or already stopped). */
public class NoActiveRecordingException extends RuntimeException {

  public NoActiveRecordingException(RoomId roomId) {
    super("no active recording in room " + roomId);
  }
}
