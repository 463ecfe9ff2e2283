package br.com.gravacoes.application.port.out;

import br.com.gravacoes.domain.recording.Recording;
import br.com.gravacoes.domain.recording.RecordingId;
import java.time.Instant;
import java.util.Objects;

/** Where a page of the library ended: newest-first order is (created_at desc, id desc). */
public record RecordingCursor(Instant createdAt, RecordingId id) {

  public RecordingCursor {
    Objects.requireNonNull(createdAt, "created at");
    Objects.requireNonNull(id, "id");
  }

  public static RecordingCursor after(Recording last) {
    return new RecordingCursor(last.createdAt(), last.id());
  }
}
