package br.com.gravacoes.postgrest;

import java.time.Instant;
import java.util.List;

/**
 * One committed write, told to the listener for lag measurements.
 *
 * @param rows rows inserted or updated (rows skipped by ignore-duplicates do not count)
 * @param ids the {@code id} of each written row, where the table has that column
 * @param receivedAt when the request arrived, before any configured delay
 */
public record WriteEvent(String projectRef, int rows, List<String> ids, Instant receivedAt) {

  public WriteEvent {
    ids = List.copyOf(ids);
  }
}
