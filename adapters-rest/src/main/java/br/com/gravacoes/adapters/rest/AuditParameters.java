package br.com.gravacoes.adapters.rest;

import br.com.gravacoes.application.port.in.ListAuditUseCase;
import br.com.gravacoes.application.port.out.AuditCursor;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.Optional;

/** Reads the audit trail's query parameters, each with its own Portuguese 400. */
final class AuditParameters {

  static final int DEFAULT_LIMIT = 50;

  // PostgreSQL's timestamptz refuses instants far outside these years: answer 400, not 500.
  private static final Instant EARLIEST = Instant.parse("0001-01-01T00:00:00Z");
  private static final Instant LATEST = Instant.parse("9999-12-31T23:59:59Z");

  private AuditParameters() {}

  /**
   * {@code antes}: the {@code nextCursor} of the previous page, or an instant
   * (2026-01-12T10:00:00Z) or a day (2026-01-12, from its start in UTC) to read the entries
   * strictly older than it.
   */
  static Optional<AuditCursor> before(String text) {
    Optional<String> value = optional(text);
    if (value.isEmpty()) {
      return Optional.empty();
    }
    try {
      return Optional.of(cursorOrInstant(value.get()));
    } catch (RuntimeException malformed) {
      throw new InvalidRequestException(
          "antes inválido: use o nextCursor da página anterior, 2026-01-12 ou"
              + " 2026-01-12T10:00:00Z");
    }
  }

  static int limit(String text) {
    Optional<String> value = optional(text);
    if (value.isEmpty()) {
      return DEFAULT_LIMIT;
    }
    try {
      int limit = Integer.parseInt(value.get());
      if (limit >= 1 && limit <= ListAuditUseCase.MAX_LIMIT) {
        return limit;
      }
    } catch (NumberFormatException notANumber) {
      // answered below
    }
    throw new InvalidRequestException(
        "limite deve ser um número de 1 a " + ListAuditUseCase.MAX_LIMIT);
  }

  static String encode(AuditCursor cursor) {
    String raw = cursor.at() + "|" + cursor.id();
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString(raw.getBytes(StandardCharsets.UTF_8));
  }

  // A cursor is base64url, which has no ':'; an instant always has one; a day is ten characters
  // that are never a cursor (they decode to no '|').
  private static AuditCursor cursorOrInstant(String text) {
    if (text.contains(":")) {
      return AuditCursor.olderThan(inRange(Instant.parse(text)));
    }
    if (text.length() == 10 && text.charAt(4) == '-') {
      return AuditCursor.olderThan(LocalDate.parse(text).atStartOfDay(ZoneOffset.UTC).toInstant());
    }
    String raw = new String(Base64.getUrlDecoder().decode(text), StandardCharsets.UTF_8);
    String[] parts = raw.split("\\|", 2);
    return new AuditCursor(inRange(Instant.parse(parts[0])), Long.parseLong(parts[1]));
  }

  private static Instant inRange(Instant instant) {
    if (instant.isBefore(EARLIEST) || instant.isAfter(LATEST)) {
      throw new DateTimeException("instant out of range");
    }
    return instant;
  }

  private static Optional<String> optional(String text) {
    return Optional.ofNullable(text).map(String::strip).filter(value -> !value.isEmpty());
  }
}
