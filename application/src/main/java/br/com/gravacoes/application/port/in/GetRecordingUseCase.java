package br.com.gravacoes.application.port.in;

import br.com.gravacoes.domain.recording.Recording;
import br.com.gravacoes.domain.recording.RecordingId;
import br.com.gravacoes.domain.tenant.TenantId;

/** Reads one recording. */
public interface GetRecordingUseCase {

  /**
   * @throws RecordingNotFoundException the tenant has no recording with that id
   */
  Recording get(TenantId tenant, RecordingId id);
}
