package br.com.gravacoes.domain.recording;

import java.util.Objects;
import java.util.UUID;

/** Our own id of a recording (the {@code gravacoes.id} UUID), not 100ms's. */
public record RecordingId(UUID value) {

  public RecordingId {
    Objects.requireNonNull(value, "recording id");
  }

  public static RecordingId newId() {
    return new RecordingId(UUID.randomUUID());
  }

  /** Parses a textual UUID; throws {@link IllegalArgumentException} for anything else. */
  public static RecordingId parse(String text) {
    Objects.requireNonNull(text, "recording id");
    return new RecordingId(UUID.fromString(text));
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
