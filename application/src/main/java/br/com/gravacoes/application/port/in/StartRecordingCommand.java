package br.com.gravacoes.application.port.in;

import br.com.gravacoes.domain.meeting.RoomId;
import java.util.Objects;

/** Asks to record the meeting held in a 100ms room of the actor's tenant. */
public record StartRecordingCommand(RoomId roomId, Actor actor) {

  public StartRecordingCommand {
    Objects.requireNonNull(roomId, "room id");
    Objects.requireNonNull(actor, "actor");
  }
}
