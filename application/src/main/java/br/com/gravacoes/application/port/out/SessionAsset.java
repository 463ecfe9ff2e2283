package br.com.gravacoes.application.port.out;

import java.util.Objects;
import java.util.Set;

/** One file the provider produced for a recording (the video, a chat log, a transcript...). */
public record SessionAsset(
    String id, String type, String status, String path, Long sizeBytes, Integer durationSeconds) {

  private static final Set<String> VIDEO_TYPES = Set.of("room-composite", "room-vod");

  public SessionAsset {
    Objects.requireNonNull(id, "asset id");
  }

  public boolean isPlayableVideo() {
    return VIDEO_TYPES.contains(type) && "completed".equals(status);
  }
}
