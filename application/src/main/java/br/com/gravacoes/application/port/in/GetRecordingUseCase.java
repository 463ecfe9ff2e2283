package br.com.gravacoes.application.port.in;

import br.com.gravacoes.domain.recording.Recording;
import br.com.gravacoes.domain.recording.RecordingId;

/** Reads one recording. */
public interface GetRecordingUseCase {

  /**
   * @throws RecordingNotFoundException no recording has that id
   */
  Recording get(RecordingId id);
}
