package br.com.gravacoes.postgrest;

import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

/** A project being served, with its own faults and what tests observe of its traffic. */
final class ProjectState {

  private final SupabaseProject project;
  private final StandInFaults faults = new StandInFaults();
  private final AtomicLong requestsReceived = new AtomicLong();
  private final AtomicLong rowsWritten = new AtomicLong();
  private volatile RecordedRequest lastRequest;

  ProjectState(SupabaseProject project) {
    this.project = project;
  }

  SupabaseProject project() {
    return project;
  }

  StandInFaults faults() {
    return faults;
  }

  void received(RecordedRequest request) {
    requestsReceived.incrementAndGet();
    lastRequest = request;
  }

  void wrote(int rows) {
    rowsWritten.addAndGet(rows);
  }

  long requestsReceived() {
    return requestsReceived.get();
  }

  long rowsWritten() {
    return rowsWritten.get();
  }

  Optional<RecordedRequest> lastRequest() {
    return Optional.ofNullable(lastRequest);
  }

  void resetObservations() {
    requestsReceived.set(0);
    rowsWritten.set(0);
    lastRequest = null;
  }
}
