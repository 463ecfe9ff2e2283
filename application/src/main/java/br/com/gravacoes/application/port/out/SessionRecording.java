package br.com.gravacoes.application.port.out;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A recording as the video provider reports it: its ids, its status, once ready its assets, and who
 * stopped it (when the provider says).
 */
public record SessionRecording(
    String id,
    String roomId,
    String sessionId,
    SessionRecordingStatus status,
    Instant createdAt,
    Instant startedAt,
    Instant stoppedAt,
    Instant updatedAt,
    List<SessionAsset> assets,
    String stoppedBy) {

  public SessionRecording {
    Objects.requireNonNull(id, "recording id");
    Objects.requireNonNull(status, "status");
    assets = assets == null ? List.of() : List.copyOf(assets);
  }

  /** The composite video of the room, once the provider has finished producing it. */
  public Optional<SessionAsset> playableVideo() {
    return assets.stream().filter(SessionAsset::isPlayableVideo).findFirst();
  }
}
