package br.com.gravacoes.application.port.in;

import br.com.gravacoes.domain.meeting.RoomId;
import java.util.Objects;

/** Asks to stop recording the meeting held in a 100ms room of the actor's tenant. */
public record StopRecordingCommand(RoomId roomId, Actor actor) {

  public StopRecordingCommand {
    Objects.requireNonNull(roomId, "room id");
    Objects.requireNonNull(actor, "actor");
  }
}
