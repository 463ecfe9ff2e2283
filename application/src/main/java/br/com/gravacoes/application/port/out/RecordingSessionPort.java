package br.com.gravacoes.application.port.out;

import br.com.gravacoes.domain.meeting.RoomId;
import br.com.gravacoes.domain.tenant.HmsCredentials;
import java.util.List;
import java.util.Optional;

/**
 * Starts, stops and inspects the server-side recording of a room at the video provider (100ms), on
 * behalf of the tenant whose credentials are given. Every method may throw a {@link
 * SessionProviderException}.
 */
public interface RecordingSessionPort {

  /**
   * @throws RecordingAlreadyRunningException the provider already records that room
   */
  SessionRecording start(HmsCredentials credentials, RoomId roomId);

  /** The recording the provider is running in that room now, if any. */
  Optional<SessionRecording> findRunning(HmsCredentials credentials, RoomId roomId);

  /**
   * Stops every recording running in the room.
   *
   * @return the recordings that are now stopping
   * @throws NoRunningRecordingException nothing was recording there
   */
  List<SessionRecording> stopRoom(HmsCredentials credentials, RoomId roomId);

  /** Stops one recording; used to undo a start that could not be stored. */
  void stopRecording(HmsCredentials credentials, String recordingId);

  /** One recording with its assets, as the provider sees it now. */
  SessionRecording getRecording(HmsCredentials credentials, String recordingId);

  /** A fresh, short-lived URL that plays the asset. */
  PlaybackUrl playbackUrl(HmsCredentials credentials, String assetId);

  /**
   * Makes one harmless authenticated read to learn whether the provider accepts the credentials.
   *
   * @return accepted, or which part of them the provider refused
   * @throws SessionProviderException the provider could not be asked (unreachable, too slow, 5xx)
   *     or refused the request for another reason
   */
  CredentialsCheck checkCredentials(HmsCredentials credentials);
}
