package br.com.gravacoes.domain.meeting;

import br.com.gravacoes.domain.tenant.TenantId;
import java.util.Objects;

/** A meeting of one tenant, held in one 100ms room. */
public record Meeting(MeetingId id, TenantId tenantId, RoomId roomId, String title) {

  public Meeting {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(tenantId, "tenant id");
    Objects.requireNonNull(roomId, "room id");
    title = title == null || title.isBlank() ? "Reunião" : title.strip();
  }
}
