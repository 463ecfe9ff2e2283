package br.com.gravacoes.application.port.in;

import br.com.gravacoes.domain.recording.Recording;
import br.com.gravacoes.domain.recording.RecordingId;

/** Reconciles one recording with 100ms now (the seed's refresh endpoint) and returns it. */
public interface RefreshRecordingUseCase {

  /**
   * @throws RecordingNotFoundException no recording has that id
   */
  Recording refresh(RecordingId id);
}
