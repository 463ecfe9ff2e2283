package br.com.gravacoes.application.port.out;

import br.com.gravacoes.domain.meeting.RoomId;
import br.com.gravacoes.domain.recording.RecordingId;
import br.com.gravacoes.domain.tenant.TenantId;
import java.util.Objects;

/**
 * A recording was written (inserted or updated) by anyone, this instance or another; {@code
 * removed} when its row was deleted (a start that 100ms never confirmed), so it cannot be read.
 */
public record RecordingChange(
    TenantId tenant, RecordingId recordingId, RoomId roomId, boolean removed) {

  public RecordingChange {
    Objects.requireNonNull(tenant, "tenant");
    Objects.requireNonNull(recordingId, "recording id");
    Objects.requireNonNull(roomId, "room id");
  }
}
