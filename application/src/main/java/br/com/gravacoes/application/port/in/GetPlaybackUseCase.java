package br.com.gravacoes.application.port.in;

import br.com.gravacoes.application.port.out.PlaybackUrl;
import br.com.gravacoes.domain.recording.RecordingId;

/**
 * Mints a fresh URL that plays a completed recording (presigned URLs expire) and keeps it as the
 * recording's {@code file_url}, as the seed's frontends read it.
 */
public interface GetPlaybackUseCase {

  /**
   * @throws RecordingNotFoundException no recording has that id
   * @throws RecordingNotPlayableException the recording is not completed
   * @throws RecordingProviderFailureException 100ms could not mint the URL
   */
  PlaybackUrl playback(RecordingId id);
}
