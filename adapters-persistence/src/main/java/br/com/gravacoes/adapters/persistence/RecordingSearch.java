package br.com.gravacoes.adapters.persistence;

import static br.com.gravacoes.adapters.persistence.Timestamps.toColumn;

import br.com.gravacoes.application.port.out.RecordingCursor;
import br.com.gravacoes.application.port.out.RecordingPage;
import br.com.gravacoes.application.port.out.RecordingQuery;
import br.com.gravacoes.domain.recording.Recording;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One page of the library as a keyset query on {@code gravacoes}: newest first by (created_at, id),
 * only the filters the query names, and one row more than the page to learn whether another
 * follows.
 */
final class RecordingSearch {

  private final List<String> conditions = new ArrayList<>();
  private final List<Object> values = new ArrayList<>();

  private RecordingSearch() {}

  static RecordingPage run(EntityManager entityManager, RecordingQuery query) {
    RecordingSearch search = new RecordingSearch();
    // Always within one tenant: the index gravacoes_tenant_recentes serves the newest-first page.
    search.where("tenant_id = ?", query.tenant().value());
    query.status().ifPresent(status -> search.where("status = ?", status.code()));
    query.meetingId().ifPresent(meeting -> search.where("reuniao_id = ?", meeting.value()));
    query
        .from()
        .ifPresent(from -> search.where("started_at >= CAST(? AS timestamptz)", toColumn(from)));
    query.to().ifPresent(to -> search.where("started_at < CAST(? AS timestamptz)", toColumn(to)));
    // A row comparison, not an OR of two: PostgreSQL then reads the gravacoes_recentes index from
    // the cursor on instead of filtering every newer row.
    query
        .after()
        .ifPresent(
            cursor ->
                search.where(
                    "(created_at, id) < (CAST(? AS timestamptz), CAST(? AS uuid))",
                    toColumn(cursor.createdAt()),
                    cursor.id().value()));
    List<Recording> rows = search.fetch(entityManager, query.limit() + 1);
    if (rows.size() <= query.limit()) {
      return new RecordingPage(rows, Optional.empty());
    }
    List<Recording> page = rows.subList(0, query.limit());
    return new RecordingPage(page, Optional.of(RecordingCursor.after(page.get(page.size() - 1))));
  }

  /** Adds a condition whose {@code ?} placeholders take the values, in order. */
  private void where(String condition, Object... conditionValues) {
    StringBuilder numbered = new StringBuilder();
    int next = 0;
    for (char c : condition.toCharArray()) {
      numbered.append(c);
      if (c == '?') {
        values.add(conditionValues[next++]);
        numbered.append(values.size());
      }
    }
    conditions.add(numbered.toString());
  }

  private List<Recording> fetch(EntityManager entityManager, int rows) {
    values.add(rows);
    String sql =
        "SELECT * FROM gravacoes"
            + (conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions))
            + " ORDER BY created_at DESC, id DESC LIMIT ?"
            + values.size();
    Query query = entityManager.createNativeQuery(sql, RecordingJpaEntity.class);
    for (int i = 0; i < values.size(); i++) {
      query.setParameter(i + 1, values.get(i));
    }
    @SuppressWarnings("unchecked")
    List<RecordingJpaEntity> entities = query.getResultList();
    return entities.stream().map(RecordingMapper::toDomain).toList();
  }
}
