package br.com.gravacoes.application.port.in;

import br.com.gravacoes.application.port.out.PlaybackUrl;
import br.com.gravacoes.domain.recording.RecordingId;
import br.com.gravacoes.domain.tenant.TenantId;

/**
 * Mints a fresh URL that plays a completed recording (presigned URLs expire) and keeps it as the
 * recording's {@code file_url}, as the seed's frontends read it.
 */
public interface GetPlaybackUseCase {

  /**
   * @throws RecordingNotFoundException the tenant has no recording with that id
   * @throws RecordingNotPlayableException the recording is not completed
   * @throws RecordingProviderFailureException 100ms could not mint the URL
   */
  PlaybackUrl playback(TenantId tenant, RecordingId id);
}
