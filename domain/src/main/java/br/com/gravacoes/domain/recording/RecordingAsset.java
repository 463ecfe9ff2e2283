package br.com.gravacoes.domain.recording;

import java.util.Objects;

/**
 * The video file 100ms produced for a recording: its asset id and/or storage path, length and size.
 * A completion webhook names the file by path only; the asset id (needed to mint playback URLs) may
 * then be learnt later from 100ms.
 */
public record RecordingAsset(String id, String path, Integer durationSeconds, Long sizeBytes) {

  public RecordingAsset {
    if (isBlank(id) && isBlank(path)) {
      throw new IllegalArgumentException("an asset needs its id or its path");
    }
    if (durationSeconds != null && durationSeconds < 0) {
      throw new IllegalArgumentException("duration must not be negative");
    }
    if (sizeBytes != null && sizeBytes < 0) {
      throw new IllegalArgumentException("size must not be negative");
    }
  }

  /** An asset known by its 100ms id. */
  public RecordingAsset(String id, Integer durationSeconds, Long sizeBytes) {
    this(Objects.requireNonNull(id, "asset id"), null, durationSeconds, sizeBytes);
  }

  private static boolean isBlank(String text) {
    return text == null || text.isBlank();
  }
}
