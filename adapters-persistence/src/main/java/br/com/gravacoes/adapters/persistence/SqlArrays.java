package br.com.gravacoes.adapters.persistence;

import br.com.gravacoes.application.port.out.MirrorOutbox.Change;
import br.com.gravacoes.domain.recording.RecordingId;
import java.util.Collection;
import java.util.List;

/**
 * PostgreSQL array literals of ids, bound as one parameter and cast in SQL ({@code CAST(?1 AS
 * bigint[])}): one statement for a whole batch, whatever its size.
 */
final class SqlArrays {

  private SqlArrays() {}

  static String ids(List<Change> changes) {
    StringBuilder array = new StringBuilder("{");
    changes.forEach(change -> array.append(array.length() > 1 ? "," : "").append(change.id()));
    return array.append('}').toString();
  }

  static String recordings(Collection<RecordingId> recordings) {
    StringBuilder array = new StringBuilder("{");
    recordings.forEach(id -> array.append(array.length() > 1 ? "," : "").append(id.value()));
    return array.append('}').toString();
  }
}
