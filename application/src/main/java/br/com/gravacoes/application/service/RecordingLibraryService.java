package br.com.gravacoes.application.service;

import br.com.gravacoes.application.port.in.GetRecordingUseCase;
import br.com.gravacoes.application.port.in.ListRecordingsUseCase;
import br.com.gravacoes.application.port.out.RecordingPage;
import br.com.gravacoes.application.port.out.RecordingQuery;
import br.com.gravacoes.application.port.out.RecordingRepository;
import br.com.gravacoes.domain.recording.Recording;
import br.com.gravacoes.domain.recording.RecordingId;
import br.com.gravacoes.domain.tenant.TenantId;

/** Reads the recordings library: one recording, or a page of them. */
public final class RecordingLibraryService implements ListRecordingsUseCase, GetRecordingUseCase {

  private final RecordingRepository recordings;

  public RecordingLibraryService(RecordingRepository recordings) {
    this.recordings = recordings;
  }

  @Override
  public RecordingPage list(RecordingQuery query) {
    return recordings.search(query);
  }

  @Override
  public Recording get(TenantId tenant, RecordingId id) {
    return TenantRecordings.find(recordings, tenant, id);
  }
}
