package br.com.gravacoes.application.service;

import br.com.gravacoes.application.port.in.RecordingNotFoundException;
import br.com.gravacoes.application.port.out.RecordingRepository;
import br.com.gravacoes.domain.recording.Recording;
import br.com.gravacoes.domain.recording.RecordingId;
import br.com.gravacoes.domain.tenant.TenantId;

/** Finds a recording within a tenant: another tenant's recording does not exist for the caller. */
final class TenantRecordings {

  private TenantRecordings() {}

  static Recording find(RecordingRepository recordings, TenantId tenant, RecordingId id) {
    return recordings
        .findById(id)
        .filter(recording -> recording.tenantId().equals(tenant))
        .orElseThrow(() -> new RecordingNotFoundException(id));
  }
}
