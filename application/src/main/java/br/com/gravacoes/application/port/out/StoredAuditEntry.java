package br.com.gravacoes.application.port.out;

import java.util.Objects;

/** An audit entry as the trail keeps it: with the id the trail gave it (from 1, increasing). */
public record StoredAuditEntry(long id, AuditEntry entry) {

  public StoredAuditEntry {
    Objects.requireNonNull(entry, "entry");
    if (id < 1) {
      throw new IllegalArgumentException("stored ids start at 1");
    }
  }
}
