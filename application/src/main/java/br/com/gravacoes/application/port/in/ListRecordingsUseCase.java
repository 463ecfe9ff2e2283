package br.com.gravacoes.application.port.in;

import br.com.gravacoes.application.port.out.RecordingPage;
import br.com.gravacoes.application.port.out.RecordingQuery;

/** The recordings library: newest first, filtered, one page at a time. */
public interface ListRecordingsUseCase {

  RecordingPage list(RecordingQuery query);
}
