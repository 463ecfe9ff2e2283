package br.com.gravacoes.adapters.persistence;

import static br.com.gravacoes.adapters.persistence.Timestamps.fromResult;

import br.com.gravacoes.application.port.out.MirroredRecording;
import java.util.UUID;

/**
 * Reads a {@code gravacoes} row, selected column by column in the table's order, for the mirror.
 */
final class MirroredRowMapper {

  private MirroredRowMapper() {}

  static MirroredRecording fromColumns(Object[] row) {
    return new MirroredRecording(
        (UUID) row[0],
        (UUID) row[1],
        (String) row[2],
        (String) row[3],
        (String) row[4],
        (String) row[5],
        (String) row[6],
        (String) row[7],
        fromResult(row[8]),
        fromResult(row[9]),
        row[10] == null ? null : ((Number) row[10]).intValue(),
        (String) row[11],
        row[12] == null ? null : ((Number) row[12]).longValue(),
        (String) row[13],
        (String) row[14],
        fromResult(row[15]),
        fromResult(row[16]));
  }
}
