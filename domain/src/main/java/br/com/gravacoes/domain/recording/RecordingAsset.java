package br.com.gravacoes.domain.recording;

import java.util.Objects;

/** The video file 100ms produced for a recording: its asset id, length and size. */
public record RecordingAsset(String id, Integer durationSeconds, Long sizeBytes) {

  public RecordingAsset {
    Objects.requireNonNull(id, "asset id");
    if (id.isBlank()) {
      throw new IllegalArgumentException("asset id must not be blank");
    }
    if (durationSeconds != null && durationSeconds < 0) {
      throw new IllegalArgumentException("duration must not be negative");
    }
    if (sizeBytes != null && sizeBytes < 0) {
      throw new IllegalArgumentException("size must not be negative");
    }
  }
}
