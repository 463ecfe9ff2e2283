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

  /** A {@code timestamptz} column of a native query's result, as the driver hands it over. */
  static Instant fromResult(Object value) {
    if (value instanceof java.sql.Timestamp timestamp) {
      return timestamp.toInstant();
    }
    if (value instanceof OffsetDateTime offsetDateTime) {
      return offsetDateTime.toInstant();
    }
    if (value == null) {
      return null;
    }
    throw new IllegalArgumentException("not a timestamp: " + value.getClass().getName());
  }
}
