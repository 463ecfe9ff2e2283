package br.com.gravacoes.adapters.rest;

import br.com.gravacoes.application.port.out.RecordingCursor;
import br.com.gravacoes.application.port.out.RecordingQuery;
import br.com.gravacoes.domain.meeting.MeetingId;
import br.com.gravacoes.domain.recording.RecordingId;
import br.com.gravacoes.domain.recording.RecordingStatus;
import br.com.gravacoes.domain.tenant.TenantId;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

/** Reads the library's path and query parameters, each with its own Portuguese 400. */
final class LibraryParameters {

  static final int DEFAULT_LIMIT = 20;

  // PostgreSQL's timestamptz refuses instants far outside these years: answer 400, not 500.
  private static final Instant EARLIEST = Instant.parse("0001-01-01T00:00:00Z");
  private static final Instant LATEST = Instant.parse("9999-12-31T23:59:59Z");
  private static final Pattern CANONICAL_UUID =
      Pattern.compile(
          "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

  private LibraryParameters() {}

  static RecordingId recordingId(String text) {
    if (text == null || !CANONICAL_UUID.matcher(text).matches()) {
      throw new InvalidRequestException("id de gravação inválido");
    }
    return RecordingId.parse(text);
  }

  static RecordingQuery query(
      TenantId tenant,
      String status,
      String meeting,
      String from,
      String to,
      String cursor,
      String limit) {
    return new RecordingQuery(
        tenant,
        optional(status).map(LibraryParameters::status),
        optional(meeting).map(LibraryParameters::meeting),
        optional(from).map(text -> instant(text, "de")),
        optional(to).map(text -> instant(text, "ate")),
        optional(cursor).map(LibraryParameters::cursor),
        optional(limit).map(LibraryParameters::limit).orElse(DEFAULT_LIMIT));
  }

  static String encode(RecordingCursor cursor) {
    String raw = cursor.createdAt() + "|" + cursor.id();
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString(raw.getBytes(StandardCharsets.UTF_8));
  }

  private static RecordingCursor cursor(String text) {
    try {
      String raw = new String(Base64.getUrlDecoder().decode(text), StandardCharsets.UTF_8);
      String[] parts = raw.split("\\|", 2);
      return new RecordingCursor(inRange(Instant.parse(parts[0])), recordingId(parts[1]));
    } catch (RuntimeException malformed) {
      throw new InvalidRequestException("cursor inválido");
    }
  }

  private static RecordingStatus status(String text) {
    try {
      return RecordingStatus.fromCode(text);
    } catch (IllegalArgumentException unknown) {
      throw new InvalidRequestException(
          "status inválido: use recording, processing, completed ou failed");
    }
  }

  private static MeetingId meeting(String text) {
    if (!CANONICAL_UUID.matcher(text).matches()) {
      throw new InvalidRequestException("reuniaoId inválido");
    }
    return new MeetingId(UUID.fromString(text));
  }

  /** An instant (2026-01-12T10:00:00Z) or a day (2026-01-12, from its start in UTC). */
  private static Instant instant(String text, String name) {
    try {
      return inRange(
          text.length() == 10
              ? LocalDate.parse(text).atStartOfDay(ZoneOffset.UTC).toInstant()
              : Instant.parse(text));
    } catch (DateTimeParseException | IllegalArgumentException malformed) {
      throw new InvalidRequestException(name + " inválido: use 2026-01-12 ou 2026-01-12T10:00:00Z");
    }
  }

  private static Instant inRange(Instant instant) {
    if (instant.isBefore(EARLIEST) || instant.isAfter(LATEST)) {
      throw new IllegalArgumentException("instant out of range");
    }
    return instant;
  }

  private static int limit(String text) {
    try {
      int value = Integer.parseInt(text);
      if (value >= 1 && value <= RecordingQuery.MAX_LIMIT) {
        return value;
      }
    } catch (NumberFormatException notANumber) {
      // answered below
    }
    throw new InvalidRequestException(
        "limite deve ser um número de 1 a " + RecordingQuery.MAX_LIMIT);
  }

  private static Optional<String> optional(String text) {
    return Optional.ofNullable(text).map(String::strip).filter(value -> !value.isEmpty());
  }
}
