package br.com.gravacoes.application.port.in;

import br.com.gravacoes.domain.meeting.RoomId;
import java.util.Objects;
import java.util.Optional;

/** Watch the recordings of the actor's tenant, or only those of one room. */
public record WatchRecordingsCommand(Actor actor, Optional<RoomId> room) {

  public WatchRecordingsCommand {
    Objects.requireNonNull(actor, "actor");
    Objects.requireNonNull(room, "room");
  }
}
