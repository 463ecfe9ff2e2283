package br.com.gravacoes.domain.recording;

/** Thrown when something asks a recording to move where its lifecycle does not allow. */
public class IllegalRecordingTransitionException extends RuntimeException {

  private final RecordingId recordingId;
  private final RecordingStatus from;
  private final RecordingStatus to;

  public IllegalRecordingTransitionException(
      RecordingId recordingId, RecordingStatus from, RecordingStatus to) {
    super("recording " + recordingId + " cannot move from " + from.code() + " to " + to.code());
    this.recordingId = recordingId;
    this.from = from;
    this.to = to;
  }

  public RecordingId recordingId() {
    return recordingId;
  }

  public RecordingStatus from() {
    return from;
  }

  public RecordingStatus to() {
    return to;
  }
}
