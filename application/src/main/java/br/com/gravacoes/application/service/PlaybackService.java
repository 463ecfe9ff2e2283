package br.com.gravacoes.application.service;

import br.com.gravacoes.application.port.in.GetPlaybackUseCase;
import br.com.gravacoes.application.port.out.HmsCredentialsRepository;
import br.com.gravacoes.application.port.out.PlaybackUrl;
import br.com.gravacoes.application.port.out.RecordingRepository;
import br.com.gravacoes.application.port.out.RecordingSessionPort;
import br.com.gravacoes.domain.recording.RecordingId;
import br.com.gravacoes.domain.tenant.TenantId;
import java.time.Clock;

/** Gives a URL that plays a completed recording now, never a stored one that may have expired. */
public final class PlaybackService implements GetPlaybackUseCase {

  private final RecordingRepository recordings;
  private final PlaybackMinter minter;
  private final Clock clock;

  public PlaybackService(
      RecordingRepository recordings,
      HmsCredentialsRepository credentials,
      RecordingSessionPort sessions,
      Clock clock) {
    this.recordings = recordings;
    this.minter = new PlaybackMinter(recordings, credentials, sessions);
    this.clock = clock;
  }

  @Override
  public PlaybackUrl playback(TenantId tenant, RecordingId id) {
    return minter.mint(TenantRecordings.find(recordings, tenant, id), clock.instant()).url();
  }
}
