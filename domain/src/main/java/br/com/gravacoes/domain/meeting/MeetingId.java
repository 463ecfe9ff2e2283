package br.com.gravacoes.domain.meeting;

import java.util.Objects;
import java.util.UUID;

/** The id of a meeting (a row of {@code reunioes}). */
public record MeetingId(UUID value) {

  public MeetingId {
    Objects.requireNonNull(value, "meeting id");
  }

  public static MeetingId newId() {
    return new MeetingId(UUID.randomUUID());
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
