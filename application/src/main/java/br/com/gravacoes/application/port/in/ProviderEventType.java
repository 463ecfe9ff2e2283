package br.com.gravacoes.application.port.in;

/** What a 100ms event says about a recording, whatever its exact 100ms type name. */
public enum ProviderEventType {
  /** beam.started.success. */
  STARTED,
  /** beam.stopped.success, with the reason. */
  STOPPED,
  /** beam.recording.success or recording.success: the video is uploaded. */
  READY,
  /** beam.failure or recording.failed. */
  FAILED,
  /** Anything else 100ms sends: acknowledged and ignored. */
  OTHER
}
