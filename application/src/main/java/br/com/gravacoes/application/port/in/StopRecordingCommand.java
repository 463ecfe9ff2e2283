package br.com.gravacoes.application.port.in;

import br.com.gravacoes.domain.meeting.RoomId;
import java.util.Objects;

/** Asks to stop recording the meeting held in a 100ms room. */
public record StopRecordingCommand(RoomId roomId) {

  public StopRecordingCommand {
    Objects.requireNonNull(roomId, "room id");
  }
}
