package br.com.gravacoes.application.port.in;

import br.com.gravacoes.domain.recording.Recording;
import br.com.gravacoes.domain.recording.RecordingId;

/** Reconciles one recording with 100ms now (the seed's refresh endpoint) and returns it. */
public interface RefreshRecordingUseCase {

  /**
   * @throws RecordingNotFoundException the actor's tenant has no recording with that id
   */
  Recording refresh(Actor actor, RecordingId id);
}
