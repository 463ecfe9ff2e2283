package br.com.gravacoes.application.port.out;

import br.com.gravacoes.domain.recording.Recording;
import java.util.List;
import java.util.Optional;

/** One page of the library and the cursor of the next one (empty on the last page). */
public record RecordingPage(List<Recording> items, Optional<RecordingCursor> next) {

  public RecordingPage {
    items = List.copyOf(items);
  }
}
