package br.com.gravacoes.application.port.in;

/** Starts the server-side recording of a meeting, at most one per room at a time. */
public interface StartRecordingUseCase {

  /**
   * @throws MeetingNotFoundException no meeting is held in that room
   * @throws HmsCredentialsMissingException the meeting's tenant has no 100ms credentials
   * @throws RecordingAlreadyActiveException the room is already being recorded
   * @throws RecordingStartFailedException 100ms could not start the recording
   */
  StartedRecording start(StartRecordingCommand command);
}
