package br.com.gravacoes.application.port.out;

import java.util.Objects;

/**
 * What a tenant's mirror project answered to a write of no rows: it takes the rows, or the part of
 * the setup that stops it.
 *
 * @param missingColumn the column the table lacks, for {@link Verdict#COLUMN_MISSING} only
 */
public record MirrorProjectCheck(Verdict verdict, String missingColumn) {

  /** Each one is a thing the administrator can fix. */
  public enum Verdict {
    ACCEPTED,
    /** The project refused the key (unknown, expired, or without the rights to write). */
    KEY_REJECTED,
    /** The key is the project's public (anon) key, which must never be used to write. */
    PUBLIC_KEY,
    /** The project has no table {@code gravacoes}. */
    TABLE_MISSING,
    /** The table lacks a column the mirror writes. */
    COLUMN_MISSING
  }

  public MirrorProjectCheck {
    Objects.requireNonNull(verdict, "verdict");
    if ((verdict == Verdict.COLUMN_MISSING) != (missingColumn != null)) {
      throw new IllegalArgumentException("only a missing column names a column");
    }
  }

  public static MirrorProjectCheck of(Verdict verdict) {
    return new MirrorProjectCheck(verdict, null);
  }

  public static MirrorProjectCheck columnMissing(String column) {
    return new MirrorProjectCheck(Verdict.COLUMN_MISSING, column);
  }
}
