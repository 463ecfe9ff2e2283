package br.com.gravacoes.application.service;

import br.com.gravacoes.application.port.in.PlaybackFailedException;
import br.com.gravacoes.application.port.in.RecordingNotPlayableException;
import br.com.gravacoes.application.port.out.HmsCredentialsRepository;
import br.com.gravacoes.application.port.out.PlaybackUrl;
import br.com.gravacoes.application.port.out.RecordingRepository;
import br.com.gravacoes.application.port.out.RecordingSessionPort;
import br.com.gravacoes.application.port.out.SessionAsset;
import br.com.gravacoes.application.port.out.SessionProviderException;
import br.com.gravacoes.domain.recording.Recording;
import br.com.gravacoes.domain.recording.RecordingStatus;
import br.com.gravacoes.domain.tenant.HmsCredentials;
import java.time.Instant;

/**
 * Mints a fresh presigned URL for a completed recording and stores it as its {@code file_url}. A
 * recording completed by a webhook knows its file only by path: its asset id is asked of 100ms once
 * and kept.
 */
final class PlaybackMinter {

  record Minted(Recording recording, PlaybackUrl url) {}

  private final RecordingRepository recordings;
  private final HmsCredentialsRepository credentials;
  private final RecordingSessionPort sessions;

  PlaybackMinter(
      RecordingRepository recordings,
      HmsCredentialsRepository credentials,
      RecordingSessionPort sessions) {
    this.recordings = recordings;
    this.credentials = credentials;
    this.sessions = sessions;
  }

  Minted mint(Recording recording, Instant now) {
    if (recording.status() != RecordingStatus.COMPLETED) {
      throw new RecordingNotPlayableException(recording.status());
    }
    HmsCredentials tenant =
        credentials
            .findByTenant(recording.tenantId())
            .orElseThrow(
                () -> new PlaybackFailedException("Credenciais do 100ms não configuradas", null));
    try {
      String assetId =
          recording.assetId() != null ? recording.assetId() : assetIdOf(tenant, recording);
      PlaybackUrl url = sessions.playbackUrl(tenant, assetId);
      Recording refreshed = recording.refreshPlayback(assetId, url.url(), now);
      recordings.update(refreshed, RecordingStatus.COMPLETED);
      return new Minted(refreshed, url);
    } catch (SessionProviderException failure) {
      throw new PlaybackFailedException(failure.getMessage(), failure);
    }
  }

  private String assetIdOf(HmsCredentials tenant, Recording recording) {
    return sessions
        .getRecording(tenant, recording.hmsRecordingId())
        .playableVideo()
        .map(SessionAsset::id)
        .orElseThrow(
            () -> new PlaybackFailedException("O 100ms não tem o vídeo desta gravação", null));
  }
}
