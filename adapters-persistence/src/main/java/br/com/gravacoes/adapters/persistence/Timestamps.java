package br.com.gravacoes.adapters.persistence;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * Converts the domain's instants to and from {@code timestamptz} values. EclipseLink 4 maps {@link
 * OffsetDateTime} (JPA 3.1) and not {@link Instant}; UTC keeps the JVM's zone out of the values.
 */
final class Timestamps {

  private Timestamps() {}

  static OffsetDateTime toColumn(Instant instant) {
    return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
  }

  static Instant toInstant(OffsetDateTime value) {
    return value == null ? null : value.toInstant();
  }
}
